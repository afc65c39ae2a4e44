package io.gerbang.bootstrap.stores;

import io.gerbang.application.port.out.StoreEngines.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one embedded engine running: when its process is gone, starts it again on its port and its data
 * (sessions survive: Redis writes an append-only file, PostgreSQL its WAL). After {@link #MAX_ATTEMPTS}
 * failed starts in a row it gives up and says FAILED, which turns {@code /health} DOWN.
 */
final class EngineSupervisor<E extends AutoCloseable> {

    static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(EngineSupervisor.class);

    interface Restart<E> {
        E restarted(E dead);
    }

    private final String store;
    private final Restart<E> restart;
    private final java.util.function.Function<E, Boolean> alive;
    private volatile E engine;
    private volatile State state = State.RUNNING;
    private int failedAttempts;

    EngineSupervisor(String store, E engine, java.util.function.Function<E, Boolean> alive, Restart<E> restart) {
        this.store = store;
        this.engine = engine;
        this.alive = alive;
        this.restart = restart;
    }

    String store() {
        return store;
    }

    State state() {
        return state;
    }

    E engine() {
        return engine;
    }

    /** One look: called every second by the node's timer. */
    synchronized void check() {
        if (state == State.FAILED || alive.apply(engine)) {
            return;
        }
        if (state == State.RUNNING) {
            LOG.warn("embedded {} died; starting it again on its data", store);
        }
        state = State.RESTARTING;
        try {
            engine = restart.restarted(engine);
            failedAttempts = 0;
            state = State.RUNNING;
            LOG.info("embedded {} is running again", store);
        } catch (RuntimeException failed) {
            if (++failedAttempts >= MAX_ATTEMPTS) {
                state = State.FAILED;
                LOG.error(
                        "embedded {} could not be started again after {} attempts; this node is unhealthy",
                        store,
                        failedAttempts,
                        failed);
            } else {
                LOG.warn(
                        "embedded {} did not start again (attempt {}): {}",
                        store,
                        failedAttempts,
                        failed.getClass().getSimpleName());
            }
        }
    }

    void close() throws Exception {
        engine.close();
    }
}
