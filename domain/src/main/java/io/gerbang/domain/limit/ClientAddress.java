package io.gerbang.domain.limit;

import java.util.Objects;

/**
 * The address a request came from, as limits count it: the connection's peer, or what a trusted proxy
 * forwarded. Not what a client says of itself in a body (that is only recorded on its session).
 */
public record ClientAddress(String value) {

    private static final ClientAddress UNKNOWN = new ClientAddress("unknown");

    public ClientAddress {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException("a client address is 1..64 characters");
        }
    }

    /** For a request whose peer could not be told (never over a real connection): one shared counter. */
    public static ClientAddress unknown() {
        return UNKNOWN;
    }

    public static ClientAddress ofNullable(String value) {
        return value == null || value.isEmpty() || value.length() > 64 ? UNKNOWN : new ClientAddress(value);
    }
}
