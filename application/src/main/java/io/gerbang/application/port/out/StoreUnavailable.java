package io.gerbang.application.port.out;

/** A backing store did not answer. The service fails closed: the request is refused with 503. */
public class StoreUnavailable extends RuntimeException {

    public StoreUnavailable(String store, Throwable cause) {
        super(store + " is unavailable", cause);
    }
}
