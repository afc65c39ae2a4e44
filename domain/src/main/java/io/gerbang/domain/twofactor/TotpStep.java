package io.gerbang.domain.twofactor;

import java.time.Instant;
import java.util.List;

/**
 * One 30-second time step of RFC 6238 (counted from the epoch): the counter a TOTP code is computed for.
 * A code is good for the current step or one either side, so a clock a little off still signs in.
 */
public record TotpStep(long index) {

    public static final long PERIOD_SECONDS = 30;

    public static TotpStep at(Instant instant) {
        return new TotpStep(Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS));
    }

    /** The steps whose codes are accepted at {@code now}: the current one first, then the one before and after. */
    public static List<TotpStep> acceptedAt(Instant now) {
        TotpStep current = at(now);
        return List.of(current, new TotpStep(current.index - 1), new TotpStep(current.index + 1));
    }

    /**
     * Whether a code of this step may still be used by a user whose last accepted step is {@code lastUsed}
     * (null: none yet). A step once used is used up, and so is every step before it: no code works twice.
     */
    public boolean usableAfter(TotpStep lastUsed) {
        return lastUsed == null || index > lastUsed.index;
    }
}
