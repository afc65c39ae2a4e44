package io.gerbang.application.port.in;

import java.time.Duration;

/** A use case said no, for a reason the client may be told. */
public class Refused extends RuntimeException {

    private final Refusal refusal;
    private final String field;
    private final String detail;
    private final Duration retryAfter;
    private final Duration answerAfter;

    public Refused(Refusal refusal) {
        this(refusal, (String) null);
    }

    /** A refusal about one field of the request (a unit that may not be used, say). */
    public Refused(Refusal refusal, String field) {
        this(refusal, field, null);
    }

    private Refused(Refusal refusal, String field, String detail) {
        this(refusal, field, detail, Duration.ZERO, Duration.ZERO);
    }

    private Refused(Refusal refusal, String field, String detail, Duration retryAfter, Duration answerAfter) {
        super(refusal.name(), null, false, false);
        this.refusal = refusal;
        this.field = field;
        this.detail = detail;
        this.retryAfter = retryAfter;
        this.answerAfter = answerAfter;
    }

    /** A refusal caused by a failure below, kept for the log (never for the client). */
    protected Refused(Refusal refusal, Throwable cause) {
        super(refusal.name(), cause, false, false);
        this.refusal = refusal;
        this.field = null;
        this.detail = null;
        this.retryAfter = Duration.ZERO;
        this.answerAfter = Duration.ZERO;
    }

    /** A limit is used up; one more request will do after {@code retryAfter}. */
    public static Refused tooManyRequests(Duration retryAfter) {
        return new Refused(Refusal.TOO_MANY_REQUESTS, null, null, retryAfter, Duration.ZERO);
    }

    /**
     * The same refusal, to be answered only after {@code delay}: a failed sign-in on an account under attack
     * ({@link io.gerbang.domain.limit.SlowDown}). Adapters wait without holding a thread.
     */
    public Refused answeredAfter(Duration delay) {
        return new Refused(refusal, field, detail, retryAfter, delay);
    }

    /**
     * A refusal whose cause deserves its own words beside the code, say {@code last_administrator}: adapters
     * word it from this key (a {@code CONFLICT} is otherwise "already exists or changed meanwhile").
     */
    public static Refused because(Refusal refusal, String detail) {
        return new Refused(refusal, null, detail);
    }

    /** The request field the refusal is about, or null. */
    public String field() {
        return field;
    }

    /** Which particular cause of the refusal, or null for the refusal's general sense. */
    public String detail() {
        return detail;
    }

    public Refusal refusal() {
        return refusal;
    }

    /** For {@link Refusal#TOO_MANY_REQUESTS}: how long until one more request would be taken; else zero. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** How long to wait before answering; zero for at once. */
    public Duration answerAfter() {
        return answerAfter;
    }
}
