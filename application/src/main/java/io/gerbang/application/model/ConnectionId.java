package io.gerbang.application.model;

/**
 * One open chat connection (a socket of either door), unique across nodes: what presence counts, and what an
 * event names as its origin so that the connection it came from is not sent it back.
 */
public record ConnectionId(String value) {

    public ConnectionId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a connection has an id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
