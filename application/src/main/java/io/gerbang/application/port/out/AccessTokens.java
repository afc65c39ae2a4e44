package io.gerbang.application.port.out;

import io.gerbang.domain.session.AccessToken;
import java.util.Optional;

/** Signs and reads access tokens. */
public interface AccessTokens {

    AccessToken issue(AccessClaims claims);

    /** The claims of a genuine token, or why it is not acceptable. */
    Reading read(AccessToken token);

    sealed interface Reading {}

    record Valid(AccessClaims claims) implements Reading {}

    /** Genuine but past its expiry: the claims are still trustworthy (for logout). */
    record Expired(AccessClaims claims) implements Reading {}

    record Invalid() implements Reading {}

    static Optional<AccessClaims> genuine(Reading reading) {
        if (reading instanceof Valid valid) {
            return Optional.of(valid.claims());
        }
        if (reading instanceof Expired expired) {
            return Optional.of(expired.claims());
        }
        return Optional.empty();
    }
}
