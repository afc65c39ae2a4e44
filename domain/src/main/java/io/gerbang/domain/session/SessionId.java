package io.gerbang.domain.session;

import java.util.regex.Pattern;

/** Identifies a session, which is also the family of refresh tokens it rotates through. */
public record SessionId(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[0-9a-f]{32}$");

    public SessionId {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("session id must be 32 lower-case hex digits");
        }
    }

    public static boolean isWellFormed(String value) {
        return value != null && SHAPE.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
