package io.gerbang.adapters.rest.dto;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Times as the contract writes them: RFC 3339, UTC, whole seconds. */
public final class Times {

    private Times() {}

    public static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
