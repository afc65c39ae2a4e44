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
     * Takes one from {@code take} if one is left, then one from {@code alsoTake} if that one has one left too
     * (the request is admitted only then), and tells whether any of {@code watched} had anything counted before.
     * One atomic step: of many parallel requests, no more are admitted than the counters hold.
     */
    Admission admit(LimitKey take, LimitKey alsoTake, List<LimitKey> watched);

    /** Gives back one taken from the key's counter (an attempt counted ahead as a failure that was not one). */
    void giveBack(LimitKey key);

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
     * second key that refused.
     */
    record Admission(Verdict verdict, boolean watchedCounted, boolean refusedBySecond) {}
}
