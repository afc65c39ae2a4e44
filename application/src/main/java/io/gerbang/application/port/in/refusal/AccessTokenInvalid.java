package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The access token is not one of ours: bad signature, shape or claims. */
public final class AccessTokenInvalid extends Refused {

    public AccessTokenInvalid() {
        super("AccessTokenInvalid");
    }
}
