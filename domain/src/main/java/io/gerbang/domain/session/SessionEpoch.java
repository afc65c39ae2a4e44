package io.gerbang.domain.session;

/**
 * How many times every session of a user has been ended (a password changed or reset, a deactivation,
 * two-factor turned on or off, a logout everywhere): the rule that no sign-in outlives such a change.
 *
 * <p>A sign-in checks a password (30-100 ms of hashing) or a code against what it read of the user, and a
 * change may be stored and every session ended while it does. The session it then opens would be one that
 * the change never saw, so it would live on after it. Hence: a sign-in reads the epoch <em>before</em> it reads
 * what it checks, and its session is opened only if the epoch is still the same, in the same atomic step
 * that opens it; ending every session moves the epoch on <em>before</em> it ends them. A sign-in that read the
 * user before the change therefore either opened its session before the move (and the change ends it) or
 * finds the epoch moved and opens nothing. A second-factor challenge keeps the epoch of its password step, so
 * a pending {@code mfa_token} dies with such a change too.
 */
public record SessionEpoch(long value) {

    public static final SessionEpoch FIRST = new SessionEpoch(0);

    public SessionEpoch {
        if (value < 0) {
            throw new IllegalArgumentException("an epoch is not negative");
        }
    }

    /** Whether a sign-in that read this epoch may still open its session when the user's epoch is {@code now}. */
    public boolean admitsOpeningAt(SessionEpoch now) {
        return value == now.value;
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
