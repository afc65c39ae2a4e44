package io.gerbang.domain.signing;

import java.util.Objects;
import java.util.regex.Pattern;

/** The {@code kid} of a tenant's signing key: 8 to 64 of base64url's letters. */
public record KeyId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    public KeyId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a key id is 8 to 64 of A-Z, a-z, 0-9, _ and -");
        }
    }

    /** Whether a token header's {@code kid} could name one of our keys. */
    public static boolean fits(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
