package io.gerbang.bootstrap.server;

import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.grizzly.threadpool.ThreadPoolConfig;

/**
 * Who runs what (docs/threading.md): Grizzly's selector threads only move bytes; requests run on the
 * {@code gerbang-http} workers; chat frames on the chat's own pool. The worker pool is larger than the
 * number of callers each store admits at once (its gate), so a stalled store can hold some workers but
 * never all of them: requests that need only the other store, or none, keep being served.
 */
final class Threading {

    /** Core workers: enough for the steady state on two cores. */
    static final int CORE_WORKERS = 16;
    /** Most workers: above the PostgreSQL gate (32) plus Redis's wait, with room for everyone else. */
    static final int MAX_WORKERS = 96;

    private Threading() {
    }

    static void configure(NetworkListener listener) {
        listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
        listener.getTransport().setWorkerThreadPoolConfig(ThreadPoolConfig.defaultConfig()
                .setPoolName("gerbang-http")
                .setCorePoolSize(CORE_WORKERS)
                .setMaxPoolSize(MAX_WORKERS)
                .setQueueLimit(-1));
    }
}
