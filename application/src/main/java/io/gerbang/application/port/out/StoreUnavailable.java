package io.gerbang.application.port.out;

import io.gerbang.application.port.Unavailable;

/**
 * A backing store did not answer: the failure of an outbound port, not a refusal of a use case. To the use
 * cases' callers it is an {@link Unavailable} like any other, so inbound adapters know nothing of stores.
 */
public class StoreUnavailable extends Unavailable {

    public StoreUnavailable(String store, Throwable cause) {
        super(store, cause);
    }

    public String store() {
        return what();
    }

    @Override
    public String getMessage() {
        return what() + " is unavailable: " + getCause();
    }
}
