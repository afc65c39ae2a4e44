package io.gerbang.application.port.in.session;

import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.user.UserId;
import java.time.Instant;

/** An access token and the refresh token that will replace it. */
public record TokenPair(
        AccessToken accessToken, RefreshToken refreshToken, long expiresIn, Instant expiresAt, UserId userId) {

    @Override
    public String toString() {
        return "TokenPair[user=" + userId + ", ****]";
    }
}
