package io.gerbang.domain.user;

import io.gerbang.domain.shared.Text;

/** The number or code a person signs in with (an employee or student number), unique within a tenant. */
public record UserIdentity(String value) {

    public static final int MAX_LENGTH = 64;

    public UserIdentity {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("user_identity is required");
        }
        if (Text.hasUnprintable(value)) {
            throw new IllegalArgumentException("user_identity must not hold control characters");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("user_identity must be at most 64 characters without spaces");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
