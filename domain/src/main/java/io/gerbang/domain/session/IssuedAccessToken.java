package io.gerbang.domain.session;

import java.time.Instant;
import java.util.Objects;

/** The identity and expiry of the latest access token a session issued (never the token itself). */
public record IssuedAccessToken(String tokenId, Instant expiresAt) {

    public IssuedAccessToken {
        Objects.requireNonNull(tokenId, "tokenId");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean liveAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
