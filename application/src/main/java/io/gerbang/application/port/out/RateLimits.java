package io.gerbang.application.port.out;

import io.gerbang.domain.limit.LimitKey;
import java.time.Duration;

/**
 * Counters of the limits, shared by every node. A store that cannot be asked raises {@link StoreUnavailable}
 * (a limit is never skipped because it could not be counted).
 */
public interface RateLimits {

    /** Takes one from the key's counter if one is left. */
    Verdict take(LimitKey key);

    /** Whether one is left, without taking it. */
    Verdict peek(LimitKey key);

    /**
     * Counts one whether or not any is left, and answers how many past the limit the count now is (0 while
     * within it).
     */
    long count(LimitKey key);

    /** Starts the key's counter again (full). */
    void reset(LimitKey key);

    /** Allowed, or refused until {@link #retryAfter()} has passed. */
    record Verdict(boolean allowed, Duration retryAfter) {

        public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        public static Verdict refusedFor(Duration retryAfter) {
            return new Verdict(false, retryAfter);
        }
    }
}
