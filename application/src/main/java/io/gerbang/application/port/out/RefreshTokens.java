package io.gerbang.application.port.out;

import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.RefreshTokenHash;

/**
 * Makes refresh tokens. The first of a family is random; each successor is derived with a server key from
 * its predecessor and a fresh random nonce, so a racing repeat can be answered with the same successor
 * without ever storing a token.
 */
public interface RefreshTokens {

    Minted mint();

    String newNonce();

    Minted successorOf(RefreshToken presented, String nonce);

    /** Empty when the text cannot be a refresh token at all. */
    java.util.Optional<RefreshTokenHash> hashOf(RefreshToken token);

    record Minted(RefreshToken token, RefreshTokenHash hash) {
        @Override
        public String toString() {
            return "Minted[****]";
        }
    }
}
