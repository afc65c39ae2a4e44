package io.gerbang.application.port.out;

import io.gerbang.domain.limit.LimitKey;
import java.time.Duration;
import java.util.List;

/**
 * Counters of the limits, shared by every node, each call one step in the store (so a check costs one round
 * trip). A store that cannot be asked raises {@link StoreUnavailable}: a limit is never skipped because it
 * could not be counted.
 */
public interface RateLimits {

    /** Takes one from the key's counter if one is left. */
    Verdict take(LimitKey key);

    /**
     * Takes one from {@code take} if one is left and, if so, tells whether {@code peek} has one left (without
     * taking it), and whether any of {@code watched} has anything counted at all.
     */
    Admission admit(LimitKey take, LimitKey peek, List<LimitKey> watched);

    /**
     * Counts one on each key whether or not any is left, and answers for each how many past its limit its
     * count now is (0 while within it), in the order given.
     */
    List<Long> count(List<LimitKey> keys);

    /** Starts the keys' counters again (full). */
    void reset(List<LimitKey> keys);

    /** Allowed, or refused until {@link #retryAfter()} has passed. */
    record Verdict(boolean allowed, Duration retryAfter) {

        public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        public static Verdict refusedFor(Duration retryAfter) {
            return new Verdict(false, retryAfter);
        }
    }

    /**
     * The verdict of an {@link #admit}, whether anything was counted on its watched keys, and whether it was the
     * peeked key that refused.
     */
    record Admission(Verdict verdict, boolean watchedCounted, boolean refusedByPeek) {
    }
}
