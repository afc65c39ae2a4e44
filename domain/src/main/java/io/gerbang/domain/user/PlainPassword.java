package io.gerbang.domain.user;

import java.nio.charset.StandardCharsets;

/**
 * A password as a person typed it. {@link #forNewSecret} applies the rules for a password being set
 * (at least 6 characters; at most 72 bytes, the most bcrypt reads); {@link #presented} takes whatever
 * a sign-in attempt sent, since a wrong password is a failed check, not bad input.
 */
public final class PlainPassword {

    public static final int MIN_LENGTH = 6;
    public static final int MAX_BYTES = 72;

    private final String value;

    private PlainPassword(String value) {
        this.value = value;
    }

    public static PlainPassword presented(String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("password is required");
        }
        return new PlainPassword(value);
    }

    public static PlainPassword forNewSecret(String value) {
        if (value == null || value.codePointCount(0, value.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("password must be at least 6 characters");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new IllegalArgumentException("password must be at most 72 bytes");
        }
        return new PlainPassword(value);
    }

    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "PlainPassword[****]";
    }
}
