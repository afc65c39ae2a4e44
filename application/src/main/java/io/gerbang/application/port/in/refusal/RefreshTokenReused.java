package io.gerbang.application.port.in.refusal;

/** A refresh token was presented again after it rotated: the whole session has been ended. */
public final class RefreshTokenReused extends Refused {

    public RefreshTokenReused() {
        super("RefreshTokenReused");
    }
}
