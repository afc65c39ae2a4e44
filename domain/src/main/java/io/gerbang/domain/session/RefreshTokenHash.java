package io.gerbang.domain.session;

import java.util.regex.Pattern;

/** The SHA-256 of a refresh token, hex. Only this is ever stored; the token itself never is. */
public record RefreshTokenHash(String value) {

    private static final Pattern SHAPE = Pattern.compile("^[0-9a-f]{64}$");

    public RefreshTokenHash {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("refresh token hash must be 64 lower-case hex digits");
        }
    }

    /** A short, non-reversible handle for listings: enough to tell tokens apart, useless to present. */
    public String tokenId() {
        return value.substring(0, 16);
    }
}
