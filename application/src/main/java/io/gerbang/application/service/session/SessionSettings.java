package io.gerbang.application.service.session;

import java.time.Duration;
import java.util.Objects;

/** Lifetimes of tokens and the grace window for a racing refresh. */
public record SessionSettings(Duration accessTtl, Duration refreshTtl, Duration refreshGrace) {

    public SessionSettings {
        Objects.requireNonNull(accessTtl, "accessTtl");
        Objects.requireNonNull(refreshTtl, "refreshTtl");
        Objects.requireNonNull(refreshGrace, "refreshGrace");
        if (accessTtl.isNegative()
                || accessTtl.isZero()
                || refreshTtl.compareTo(accessTtl) < 0
                || refreshGrace.isNegative()) {
            throw new IllegalArgumentException("token lifetimes must be positive, refresh at least as long as access");
        }
    }
}
