package io.gerbang.domain.limit;

import java.time.Duration;

/**
 * How late a failed sign-in is answered once its account is past {@link RateLimit#FAILURES_PER_ACCOUNT}:
 * the first failure past it waits {@link #FIRST}, each further one twice the one before, never more than
 * {@link #MOST}. A successful sign-in ends it (the count starts again).
 */
public final class SlowDown {

    public static final Duration FIRST = Duration.ofMillis(250);
    public static final Duration MOST = Duration.ofSeconds(5);

    private SlowDown() {}

    /** @param pastTheLimit how many failures beyond the limit this one is (1 = the first past it) */
    public static Duration after(long pastTheLimit) {
        if (pastTheLimit <= 0) {
            return Duration.ZERO;
        }
        if (pastTheLimit > 6) {
            return MOST;
        }
        Duration delay = FIRST.multipliedBy(1L << (pastTheLimit - 1));
        return delay.compareTo(MOST) > 0 ? MOST : delay;
    }
}
