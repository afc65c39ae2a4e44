package io.gerbang.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How every node-local cache is built: bounded, and kept up on the thread that uses it. By default Caffeine hands
 * its upkeep (the eviction order, expiry) to the common fork-join pool after writes and every few reads: a thread
 * woken for microseconds of work, which on a busy core cost a refresh about a tenth of its CPU in wake-ups, context
 * switches and lock hand-offs (bench/README.md, "Issue 28, fifth session"). Done by the caller, the same upkeep is
 * a few hundred nanoseconds, amortised over the buffered reads and writes.
 */
public final class NodeCaches {

    private NodeCaches() {}

    /** A builder of a cache of at most {@code maximumSize} entries, its upkeep done by its callers. */
    public static Caffeine<Object, Object> bounded(long maximumSize) {
        return Caffeine.newBuilder().maximumSize(maximumSize).executor(Runnable::run);
    }
}
