package io.gerbang.domain.twofactor;

import java.util.Objects;

/**
 * The token that stands for a pending second-factor sign-in ({@code mfa_token}): whoever holds it may try codes, so
 * it is never printed.
 */
public record ChallengeToken(String value) {

    public ChallengeToken {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "ChallengeToken[****]";
    }
}
