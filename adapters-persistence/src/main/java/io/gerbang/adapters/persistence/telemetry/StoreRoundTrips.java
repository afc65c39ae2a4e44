package io.gerbang.adapters.persistence.telemetry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.concurrent.TimeUnit;

/**
 * The round trips to one store, as {@code gerbang_store_round_trips_seconds{store}} (count, sum, max) and
 * {@code gerbang_store_failures_total{store}}: those that failed, or could not be made at all.
 */
public final class StoreRoundTrips {

    private final Timer trips;
    private final Counter failures;

    public StoreRoundTrips(MeterRegistry registry, String store) {
        this.trips = Timer.builder("gerbang.store.round.trips")
                .tag("store", store)
                .description("round trips to a store: statements and commits, Redis commands and scripts")
                .register(registry);
        this.failures = Counter.builder("gerbang.store.failures")
                .tag("store", store)
                .description("round trips that failed or could not be made (no connection, an error, a timeout)")
                .register(registry);
    }

    public void record(long nanos, boolean failed) {
        trips.record(nanos, TimeUnit.NANOSECONDS);
        if (failed) {
            failures.increment();
        }
    }

    /** A round trip that could not even start: no connection to be had. */
    public void unmade() {
        failures.increment();
    }
}
