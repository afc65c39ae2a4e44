package io.gerbang.domain.limit;

import java.time.Duration;

/**
 * The contract's limits. Each allows {@link #capacity()} in any {@link #window()}, refilled smoothly (one
 * back every window / capacity), so a refused client is told exactly when one more will do.
 */
public enum RateLimit {
    /** {@code /login}, {@code /login-email}, {@code /login-2fa}, per client address. */
    SIGN_INS_PER_CLIENT(10, Duration.ofMinutes(1)),
    /**
     * Wrong passwords or codes per account and client address. Only that pair is refused once it is used up:
     * an attacker who knows someone's identity locks out only themself.
     */
    FAILURES_PER_ACCOUNT_AND_CLIENT(5, Duration.ofMinutes(15)),
    /**
     * Wrong passwords or codes per account from everywhere together. Never refused: past it, each further
     * failure is answered late ({@link SlowDown}), so the owner can still sign in.
     */
    FAILURES_PER_ACCOUNT(50, Duration.ofHours(1)),
    /** {@code /refresh}, per user. */
    REFRESHES_PER_USER(5, Duration.ofMinutes(1)),
    /** {@code /sessions}, {@code /check-tokens}, {@code /session-count}, per calling user. */
    SESSION_CHECKS_PER_USER(20, Duration.ofMinutes(1));

    private final int capacity;
    private final Duration window;

    RateLimit(int capacity, Duration window) {
        this.capacity = capacity;
        this.window = window;
    }

    public int capacity() {
        return capacity;
    }

    public Duration window() {
        return window;
    }

    /** How long one unit takes to come back. */
    public Duration refillEach() {
        return window.dividedBy(capacity);
    }

    /** Short and stable: part of the shared counter's key. */
    public String code() {
        return switch (this) {
            case SIGN_INS_PER_CLIENT -> "sign-in";
            case FAILURES_PER_ACCOUNT_AND_CLIENT -> "fail-pair";
            case FAILURES_PER_ACCOUNT -> "fail-acct";
            case REFRESHES_PER_USER -> "refresh";
            case SESSION_CHECKS_PER_USER -> "checks";
        };
    }
}
