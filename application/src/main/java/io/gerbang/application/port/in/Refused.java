package io.gerbang.application.port.in;

/** A use case said no, for a reason the client may be told. */
public class Refused extends RuntimeException {

    private final Refusal refusal;
    private final String field;

    public Refused(Refusal refusal) {
        this(refusal, (String) null);
    }

    /** A refusal about one field of the request (a unit that may not be used, say). */
    public Refused(Refusal refusal, String field) {
        super(refusal.name(), null, false, false);
        this.refusal = refusal;
        this.field = field;
    }

    /** A refusal caused by a failure below, kept for the log (never for the client). */
    protected Refused(Refusal refusal, Throwable cause) {
        super(refusal.name(), cause, false, false);
        this.refusal = refusal;
        this.field = null;
    }

    /** The request field the refusal is about, or null. */
    public String field() {
        return field;
    }

    public Refusal refusal() {
        return refusal;
    }
}
