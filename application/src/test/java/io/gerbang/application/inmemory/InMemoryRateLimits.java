package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.RateLimits;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.limit.RateLimit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The limits' token buckets in a map, in the same GCRA form as the Redis scripts keep them (the time at which a
 * bucket would be full again), on the test's clock.
 */
public final class InMemoryRateLimits implements RateLimits {

    private static final long MOST_PAST = 10;

    private final Map<LimitKey, Instant> full = new HashMap<>();
    private final Clock clock;

    public InMemoryRateLimits(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized Verdict take(LimitKey key) {
        Instant now = clock.instant();
        Instant next = fullAt(key, now).plus(key.limit().refillEach());
        Duration beyond = Duration.between(now, next).minus(key.limit().window());
        if (!beyond.isNegative() && !beyond.isZero()) {
            return Verdict.refusedFor(beyond);
        }
        full.put(key, next);
        return Verdict.ALLOWED;
    }

    @Override
    public synchronized Admission admit(LimitKey take, LimitKey alsoTake, List<LimitKey> watched) {
        Verdict first = take(take);
        if (!first.allowed()) {
            return new Admission(first, false, false);
        }
        boolean counted =
                watched.stream().anyMatch(key -> fullAt(key, clock.instant()).isAfter(clock.instant()));
        Verdict second = take(alsoTake);
        return second.allowed() ? new Admission(second, counted, false) : new Admission(second, true, true);
    }

    @Override
    public synchronized void giveBack(LimitKey key) {
        Instant now = clock.instant();
        Instant stored = full.get(key);
        if (stored != null) {
            Instant back = stored.minus(key.limit().refillEach());
            if (back.isAfter(now)) {
                full.put(key, back);
            } else {
                full.remove(key);
            }
        }
    }

    @Override
    public synchronized List<Long> count(List<LimitKey> keys) {
        Instant now = clock.instant();
        return keys.stream()
                .map(key -> {
                    RateLimit limit = key.limit();
                    Instant next = fullAt(key, now).plus(limit.refillEach());
                    long beyond =
                            Duration.between(now, next).minus(limit.window()).toMillis();
                    long past = Math.max(
                            0,
                            (beyond + limit.refillEach().toMillis() - 1)
                                    / limit.refillEach().toMillis());
                    if (past <= MOST_PAST) {
                        full.put(key, next);
                    }
                    return past;
                })
                .toList();
    }

    @Override
    public synchronized void reset(List<LimitKey> keys) {
        keys.forEach(full::remove);
    }

    private Instant fullAt(LimitKey key, Instant now) {
        Instant stored = full.get(key);
        return stored != null && stored.isAfter(now) ? stored : now;
    }
}
