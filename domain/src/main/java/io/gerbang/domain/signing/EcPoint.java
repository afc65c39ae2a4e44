package io.gerbang.domain.signing;

import java.util.Objects;

/** The public part of a P-256 key, as a JWK writes it: the point's coordinates, base64url, unpadded. */
public record EcPoint(String x, String y) {

    public EcPoint {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
    }
}
