package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The tenant is unknown or does not admit sign-ins. */
public final class TenantClosed extends Refused {

    public TenantClosed() {
        super("TenantClosed");
    }
}
