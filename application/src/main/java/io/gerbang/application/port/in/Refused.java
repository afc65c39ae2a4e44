package io.gerbang.application.port.in;

/** A use case said no, for a reason the client may be told. */
public class Refused extends RuntimeException {

    private final Refusal refusal;
    private final String field;
    private final String detail;

    public Refused(Refusal refusal) {
        this(refusal, (String) null);
    }

    /** A refusal about one field of the request (a unit that may not be used, say). */
    public Refused(Refusal refusal, String field) {
        this(refusal, field, null);
    }

    private Refused(Refusal refusal, String field, String detail) {
        super(refusal.name(), null, false, false);
        this.refusal = refusal;
        this.field = field;
        this.detail = detail;
    }

    /** A refusal caused by a failure below, kept for the log (never for the client). */
    protected Refused(Refusal refusal, Throwable cause) {
        super(refusal.name(), cause, false, false);
        this.refusal = refusal;
        this.field = null;
        this.detail = null;
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
}
