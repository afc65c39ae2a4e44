package io.gerbang.adapters.websocket;

import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One socket's work, run on a shared pool one task at a time and in the order it came: frames are handled
 * off the I/O threads (a store that stalls holds a pool thread, never a selector), yet a socket's frames,
 * and its closing after them, keep their order. At most {@code bound} tasks wait; past that, offers fail.
 */
final class SocketTaskQueue {

    private static final Logger LOG = LoggerFactory.getLogger(SocketTaskQueue.class);

    private final Executor pool;
    private final int bound;
    private final Queue<Runnable> waiting = new ArrayDeque<>();
    private boolean running;

    SocketTaskQueue(Executor pool, int bound) {
        this.pool = pool;
        this.bound = bound;
    }

    /** Queues the task; false when {@code bound} tasks already wait (the task is not run). */
    boolean offer(Runnable task) {
        synchronized (this) {
            if (waiting.size() >= bound) {
                return false;
            }
            waiting.add(task);
            if (running) {
                return true;
            }
            running = true;
        }
        pool.execute(this::drain);
        return true;
    }

    /** Queues the task whatever the bound: for closing, which must never be dropped. */
    void always(Runnable task) {
        synchronized (this) {
            waiting.add(task);
            if (running) {
                return;
            }
            running = true;
        }
        pool.execute(this::drain);
    }

    private void drain() {
        while (true) {
            Runnable next;
            synchronized (this) {
                next = waiting.poll();
                if (next == null) {
                    running = false;
                    return;
                }
            }
            try {
                next.run();
            } catch (RuntimeException unexpected) {
                LOG.error("a socket task failed", unexpected);
            }
        }
    }
}
