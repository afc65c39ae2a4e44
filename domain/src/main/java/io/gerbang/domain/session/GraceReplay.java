package io.gerbang.domain.session;

import java.util.Objects;

/**
 * What a session keeps from its latest rotation so that a racing repeat of the same refresh token,
 * within the grace window, gets the very same successor pair: the nonce the successor refresh token
 * was derived from (the token itself is not stored) and the successor access token.
 */
public record GraceReplay(String successorNonce, AccessToken accessToken) {

    public GraceReplay {
        Objects.requireNonNull(successorNonce, "successorNonce");
        Objects.requireNonNull(accessToken, "accessToken");
    }

    @Override
    public String toString() {
        return "GraceReplay[****]";
    }
}
