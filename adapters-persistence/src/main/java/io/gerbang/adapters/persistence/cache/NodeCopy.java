package io.gerbang.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import java.util.function.BinaryOperator;
import java.util.function.Function;

/**
 * A node's copy of what the store holds, which a change evicts ({@link #evict}, {@link #evictAll}) the moment it is
 * made or heard of. A read of the store that was under way when a change came cannot keep what it read before it:
 * what it read is answered to its caller (it began before the change) and kept only if nothing was evicted since it
 * began, so an eviction is never undone by a read that finished after it. (Caffeine's own {@code get(key, loader)}
 * does not promise that: an invalidation of a key being loaded, and otherwise absent, may leave the load's value.)
 */
public final class NodeCopy<K, V> {

    private final Cache<K, V> entries;
    /** How many evictions there have been: a read that began before one does not keep what it read. */
    private final AtomicLong evictions = new AtomicLong();

    /** @param entries the cache underneath, built by {@link NodeCaches#bounded} */
    public NodeCopy(Cache<K, V> entries) {
        this.entries = entries;
    }

    public V getIfPresent(K key) {
        return entries.getIfPresent(key);
    }

    /** The copy, or what {@code read} finds in the store (null: nothing, and nothing kept). */
    public V get(K key, Function<? super K, ? extends V> read) {
        V held = entries.getIfPresent(key);
        return held != null ? held : reread(key, read);
    }

    /** What {@code read} finds in the store now, kept as the copy unless a change came meanwhile. */
    public V reread(K key, Function<? super K, ? extends V> read) {
        return keep(key, read, entries::put);
    }

    /** What {@code read} finds in the store now, merged into the copy as {@link #reread} keeps it. */
    public V merge(K key, Function<? super K, ? extends V> read, BinaryOperator<V> merging) {
        return keep(key, read, (same, found) -> entries.asMap().merge(same, found, merging));
    }

    private V keep(K key, Function<? super K, ? extends V> read, BiConsumer<K, V> into) {
        long before = evictions.get();
        V found = read.apply(key);
        if (found != null) {
            into.accept(key, found);
            if (evictions.get() != before) {
                // a change was made or heard of while the store was read: what was read may be older than it
                entries.invalidate(key);
            }
        }
        return found;
    }

    public void evict(K key) {
        evictions.incrementAndGet();
        entries.invalidate(key);
    }

    public void evictAll() {
        evictions.incrementAndGet();
        entries.invalidateAll();
    }
}
