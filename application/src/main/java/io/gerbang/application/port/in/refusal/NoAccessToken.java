package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The request presents no access token at all. */
public final class NoAccessToken extends Refused {

    public NoAccessToken() {
        super("NoAccessToken");
    }
}
