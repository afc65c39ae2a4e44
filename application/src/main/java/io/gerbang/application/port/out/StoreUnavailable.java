package io.gerbang.application.port.out;

import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;

/**
 * A backing store did not answer. The service fails closed: to a client this is a refusal like any
 * other ({@link Refusal#UNAVAILABLE}, 503), so inbound adapters need to know nothing of stores.
 */
public class StoreUnavailable extends Refused {

    private final String store;

    public StoreUnavailable(String store, Throwable cause) {
        super(Refusal.UNAVAILABLE, cause);
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
