package io.gerbang.bootstrap.server;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.Transport;
import org.glassfish.grizzly.memory.MemoryManager;
import org.glassfish.grizzly.memory.ThreadLocalPoolProvider;
import org.glassfish.grizzly.threadpool.DefaultWorkerThread;

/**
 * The {@code gerbang-http} workers (docs/threading.md). As few as the cores can keep busy while nothing
 * waits ({@code 2 × cores}, as Grizzly's default): every extra thread on a busy core costs CPU in handing
 * work around. But when work queues up and no worker has finished anything for 50 ms — every worker is
 * blocked, say on a store that stopped answering — the pool grows, {@link #STEP} at a time, up to
 * {@link #MAX_WORKERS}, so requests that need nothing of that store are served; after a calm while it shrinks
 * back. The stalled store's own callers are bounded by its gate (32 for PostgreSQL), well below the maximum.
 */
final class GrowingWorkerPool {

    static final int MAX_WORKERS = 96;
    static final int STEP = 8;
    private static final int CALM_TICKS_BEFORE_SHRINKING = 200; // 10 s of 50 ms looks

    private final ThreadPoolExecutor pool;
    private final int base;
    private int calmTicks;
    private long finishedAtLastLook;

    private GrowingWorkerPool(ThreadPoolExecutor pool, int base) {
        this.pool = pool;
        this.base = base;
    }

    /** Gives the transport these workers and looks at them every 50 ms on {@code timers}. */
    static GrowingWorkerPool serve(Transport transport, ScheduledExecutorService timers) {
        int base = Math.max(2, 2 * Runtime.getRuntime().availableProcessors());
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                base,
                MAX_WORKERS,
                60,
                TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(),
                grizzlyThreads(transport.getMemoryManager()));
        GrowingWorkerPool workers = new GrowingWorkerPool(pool, base);
        transport.setWorkerThreadPool(pool); // Grizzly does not stop a pool it was given: shutdown() does
        timers.scheduleWithFixedDelay(workers::look, 50, 50, TimeUnit.MILLISECONDS);
        return workers;
    }

    void shutdown() {
        pool.shutdownNow();
    }

    /**
     * Every 50 ms. Work waiting while no worker finished anything since the last look means every worker is
     * blocked (a store stopped answering): grow. Work waiting while workers finish means the cores are busy:
     * more threads would only cost more, so the pool stays as it is.
     */
    private void look() {
        long finished = pool.getCompletedTaskCount();
        boolean stuck = !pool.getQueue().isEmpty() && finished == finishedAtLastLook;
        finishedAtLastLook = finished;
        int core = pool.getCorePoolSize();
        if (stuck && core < MAX_WORKERS) {
            calmTicks = 0;
            pool.setCorePoolSize(Math.min(MAX_WORKERS, core + STEP));
        } else if (pool.getQueue().isEmpty() && core > base && ++calmTicks >= CALM_TICKS_BEFORE_SHRINKING) {
            calmTicks = 0;
            pool.setCorePoolSize(base); // the threads above it end once idle for a minute
        }
    }

    /** Grizzly's own worker threads, with their per-thread buffer pools. */
    private static ThreadFactory grizzlyThreads(MemoryManager memory) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            DefaultWorkerThread thread = new DefaultWorkerThread(
                    Grizzly.DEFAULT_ATTRIBUTE_BUILDER,
                    "gerbang-http(" + count.incrementAndGet() + ")",
                    memory instanceof ThreadLocalPoolProvider pools ? pools.createThreadLocalPool() : null,
                    task);
            thread.setDaemon(true);
            return thread;
        };
    }
}
