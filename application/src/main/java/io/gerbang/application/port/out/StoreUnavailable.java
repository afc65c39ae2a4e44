package io.gerbang.application.port.out;

/**
 * A backing store did not answer: the failure of an outbound port, not a refusal of a use case. The service
 * fails closed: inbound adapters answer it as "try again later", each in its protocol, and need to know
 * nothing of which store it was.
 */
public class StoreUnavailable extends RuntimeException {

    private final String store;

    public StoreUnavailable(String store, Throwable cause) {
        super(store + " is unavailable", cause, false, false);
        this.store = store;
    }

    public String store() {
        return store;
    }

    @Override
    public String getMessage() {
        return store + " is unavailable: " + getCause();
    }
}
