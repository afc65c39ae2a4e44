package io.gerbang.application.port.in;

/** A use case said no, for a reason the client may be told. */
public class Refused extends RuntimeException {

    private final Refusal refusal;

    public Refused(Refusal refusal) {
        super(refusal.name(), null, false, false);
        this.refusal = refusal;
    }

    /** A refusal caused by a failure below, kept for the log (never for the client). */
    protected Refused(Refusal refusal, Throwable cause) {
        super(refusal.name(), cause, false, false);
        this.refusal = refusal;
    }

    public Refusal refusal() {
        return refusal;
    }
}
