package io.gerbang.domain.session;

import java.util.Objects;

/**
 * A refresh token as given to a client or presented by one: a bearer secret, never printed and never stored (a
 * session keeps its {@link RefreshTokenHash}). One of no known shape has no hash and names no session.
 */
public record RefreshToken(String value) {

    public RefreshToken {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "RefreshToken[****]";
    }
}
