package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** A refresh token was presented again after it rotated: the whole session has been ended. */
public final class RefreshTokenReused extends Refused {

    public RefreshTokenReused() {
        super("RefreshTokenReused");
    }
}
