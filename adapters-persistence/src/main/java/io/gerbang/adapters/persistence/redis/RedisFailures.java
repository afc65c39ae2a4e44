package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.StoreUnavailable;
import java.util.function.Supplier;
import org.redisson.client.RedisException;

/** Turns a Redis that does not answer into {@link StoreUnavailable}. */
final class RedisFailures {

    static final String STORE = "redis";

    private RedisFailures() {}

    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (RedisException | IllegalStateException unreachable) {
            // Redisson raises IllegalStateException when used while it reconnects or shuts down.
            throw new StoreUnavailable(STORE, unreachable);
        }
    }
}
