package io.gerbang.domain.user;

import java.util.Objects;

/** A stored password hash. Never printed: {@link #toString()} hides it. */
public record PasswordHash(String value) {

    public PasswordHash {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
