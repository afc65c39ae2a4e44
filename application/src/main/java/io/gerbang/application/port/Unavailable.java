package io.gerbang.application.port;

/**
 * A use case could not be answered now: something it needs did not answer. Not a refusal, since the request
 * may be fine; the service fails closed and the client is told to try again later. Outbound ports raise their
 * own kind of it ({@link io.gerbang.application.port.out.StoreUnavailable}); inbound adapters need to know
 * only this one.
 */
public abstract class Unavailable extends RuntimeException {

    private final String what;

    protected Unavailable(String what, Throwable cause) {
        super(what + " is unavailable", cause, false, false);
        this.what = what;
    }

    /** What did not answer, for the log (never for the client). */
    public String what() {
        return what;
    }
}
