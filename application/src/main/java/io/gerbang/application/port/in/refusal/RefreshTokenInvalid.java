package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The refresh token names no live session, or its session expired. */
public final class RefreshTokenInvalid extends Refused {

    public RefreshTokenInvalid() {
        super("RefreshTokenInvalid");
    }
}
