package io.gerbang.adapters.persistence.redis;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.redisson.api.RedissonClient;

/**
 * The sessions this node has lately found live in Redis, so that a request need not ask again: a node-local view
 * that Redis invalidates the moment a session ends. The scripts that end a session publish its key on
 * {@code <p>session-ends} in the same step as the delete, so no session ends unannounced; every node drops what it
 * hears.
 * <p>The view is believed only while this node can be sure it hears every announcement: it publishes a beat on the
 * channel every {@link #BEAT} and believes the view only while its own last beat came back less than
 * {@link #TRUSTED_FOR} ago. A channel that falls silent (the connection lost, Redis stopped or paused) makes every
 * request ask Redis again (and fail closed with it); the first beat back after the silence forgets the whole view,
 * since what was announced meanwhile is lost. So is a (re)subscription.
 * <p>A read that raced an announcement is not kept: {@link #generation()} is taken before asking Redis and
 * {@link #seen} keeps the answer only if nothing was announced since (one count for all keys: under a burst of
 * logouts the view keeps less, never something stale).
 */
final class SessionsSeenLive implements AutoCloseable {

    static final Duration BEAT = Duration.ofMillis(100);
    /** Five beats: a silence that long is a channel lost (or a node too stalled to be sure of anything). */
    static final Duration TRUSTED_FOR = Duration.ofMillis(500);

    private static final String BEAT_PREFIX = "beat:";

    /** A key's deadline (epoch milliseconds, on the callers' clock) from which it must be asked again. */
    private final ConcurrentHashMap<String, Long> liveUntil = new ConcurrentHashMap<>();

    private final AtomicLong generation = new AtomicLong();
    private final RedisAnnouncements channel;
    private final String ownBeat = BEAT_PREFIX + UUID.randomUUID();
    private final long maxAgeMillis;
    private final ScheduledExecutorService beats;
    /** When this node's own beat last came back; 0: not yet, or not since the channel was lost. */
    private volatile long echoedAt;

    SessionsSeenLive(RedissonClient redis, String channelName, Duration maxAge) {
        this.channel = new RedisAnnouncements(redis, channelName);
        this.maxAgeMillis = maxAge.toMillis();
        this.beats = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sessions-seen-live-beat");
            thread.setDaemon(true);
            return thread;
        });
        // (re)subscribed or unsubscribed: believe nothing until the next beat comes back
        channel.listen(this::heard, () -> {
            echoedAt = 0;
            forgetAll();
        });
        beats.scheduleAtFixedRate(this::beat, 0, BEAT.toMillis(), TimeUnit.MILLISECONDS);
        // a session nobody asks about again (its token dropped, its end by expiry, which is not announced) leaves
        beats.scheduleAtFixedRate(this::dropPast, 1, 1, TimeUnit.SECONDS);
    }

    /** Read before asking Redis; handed back to {@link #seen}. */
    long generation() {
        return generation.get();
    }

    /** Whether the key was found live lately and nothing since said otherwise: no need to ask Redis. */
    boolean isLive(String key, Instant now) {
        if (!trusted(System.nanoTime())) {
            return false;
        }
        Long until = liveUntil.get(key);
        if (until == null) {
            return false;
        }
        if (now.toEpochMilli() >= until) {
            liveUntil.remove(key, until);
            return false;
        }
        return true;
    }

    /**
     * Redis said at {@code now} that the key is live for {@code ttlMillis} more: kept for at most the view's age,
     * unless an announcement came in since {@code generationBefore} was read.
     */
    void seen(String key, long generationBefore, Instant now, long ttlMillis) {
        long until = now.toEpochMilli() + Math.min(maxAgeMillis, ttlMillis);
        // under the key's lock, so an announcement of this key either came first (and the generation moved) or
        // removes it after
        liveUntil.compute(
                key, (k, old) -> generation.get() == generationBefore && trusted(System.nanoTime()) ? until : null);
    }

    private void heard(String message) {
        if (message.startsWith(BEAT_PREFIX)) {
            if (message.equals(ownBeat)) {
                long now = System.nanoTime();
                if (!trusted(now)) {
                    // back after a silence: what was announced meanwhile is lost
                    forgetAll();
                }
                echoedAt = now;
            }
            return;
        }
        ended(message);
    }

    /** The session of this key ended: at once on the node that ended it, on hearing it on the others. */
    void ended(String key) {
        generation.incrementAndGet();
        liveUntil.remove(key);
    }

    private boolean trusted(long now) {
        long echoed = echoedAt;
        return echoed != 0 && now - echoed < TRUSTED_FOR.toNanos();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        liveUntil.clear();
    }

    /** Drops what is past its deadline by now (the system clock: the one the nodes' callers use). */
    void dropPast() {
        long now = System.currentTimeMillis();
        liveUntil.values().removeIf(until -> until <= now);
    }

    /** How many sessions the view holds. */
    int held() {
        return liveUntil.size();
    }

    private void beat() {
        // fire and forget: a beat that does not come back is what this watches for
        channel.sendAsync(ownBeat);
    }

    @Override
    public void close() {
        beats.shutdownNow();
        channel.stopListening();
        liveUntil.clear();
    }
}
