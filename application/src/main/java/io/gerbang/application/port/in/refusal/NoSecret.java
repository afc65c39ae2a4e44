package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** A client app without a secret (public, signing with the tenant's key) was asked for a new one. */
public final class NoSecret extends Refused {

    public NoSecret() {
        super("NoSecret");
    }
}
