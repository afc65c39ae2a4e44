package io.gerbang.domain.client;

import java.util.Objects;
import java.util.regex.Pattern;

/** The name of a client app: 3 to 40 of {@code a-z}, {@code 0-9} and {@code -}, unique in Gerbang. */
public record ClientId(String value) {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9-]{3,40}");

    /** The built-in client: the native API at {@code /api/v1}. */
    public static final ClientId NATIVE = new ClientId("gerbang");

    public ClientId {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a client id is 3 to 40 of a-z, 0-9 and -");
        }
    }

    /** Whether {@code text} could name a client (a path segment that cannot is a 404, not a 400). */
    public static boolean fits(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
