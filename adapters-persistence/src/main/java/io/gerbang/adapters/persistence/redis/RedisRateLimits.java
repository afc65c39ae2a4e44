package io.gerbang.adapters.persistence.redis;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.redisson.Bucket4jRedisson;
import io.github.bucket4j.redis.redisson.cas.RedissonBasedProxyManager;
import io.gerbang.application.port.out.RateLimits;
import io.gerbang.application.port.out.StoreUnavailable;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.limit.RateLimit;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.RedisException;

/**
 * The limits as Bucket4j token buckets in Redis (one key per counter, gone once it is full again), through
 * Bucket4j's Redisson integration: a compare-and-swap in Redis, so every node counts the same bucket.
 */
public class RedisRateLimits implements RateLimits {

    /** How far past its limit an account's failure count may go: further ones wait the longest anyway. */
    static final long MOST_PAST = 10;

    private final RedissonBasedProxyManager<String> buckets;
    private final Map<RateLimit, BucketConfiguration> configurations = new EnumMap<>(RateLimit.class);
    private final String prefix;

    public RedisRateLimits(RedissonClient redis, String prefix) {
        this.prefix = prefix;
        this.buckets = Bucket4jRedisson.casBasedBuilder(((Redisson) redis).getCommandExecutor())
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofSeconds(5)))
                .build();
        for (RateLimit limit : RateLimit.values()) {
            configurations.put(limit, BucketConfiguration.builder()
                    .addLimit(bandwidth -> bandwidth.capacity(limit.capacity())
                            .refillGreedy(limit.capacity(), limit.window()))
                    .build());
        }
    }

    @Override
    public Verdict take(LimitKey key) {
        ConsumptionProbe probe = guard(() -> bucket(key).tryConsumeAndReturnRemaining(1));
        return probe.isConsumed() ? Verdict.ALLOWED : Verdict.refusedFor(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public Verdict peek(LimitKey key) {
        EstimationProbe probe = guard(() -> bucket(key).estimateAbilityToConsume(1));
        return probe.canBeConsumed() ? Verdict.ALLOWED : Verdict.refusedFor(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public long count(LimitKey key) {
        BucketProxy bucket = bucket(key);
        long waitNanos = guard(() -> bucket.consumeIgnoringRateLimits(1));
        if (waitNanos <= 0) {
            return 0;
        }
        // Each unit past the limit adds one refill period to the wait for the next token.
        long each = key.limit().refillEach().toNanos();
        long past = (waitNanos + each - 1) / each;
        if (past > MOST_PAST) {
            // Keep the debt bounded, so that the key does not live on for years after an attack.
            guard(() -> {
                bucket.addTokens(1);
                return null;
            });
        }
        return past;
    }

    @Override
    public void reset(LimitKey key) {
        guard(() -> {
            buckets.removeProxy(keyOf(key));
            return null;
        });
    }

    private BucketProxy bucket(LimitKey key) {
        return buckets.getProxy(keyOf(key), () -> configurations.get(key.limit()));
    }

    private String keyOf(LimitKey key) {
        return prefix + "limit:" + key.limit().code() + ":" + key.tenant().value() + ":" + key.subject();
    }

    private static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException failed) {
            // Bucket4j passes Redisson's failures on, sometimes wrapped: any of them means Redis did not answer.
            for (Throwable cause = failed; cause != null; cause = cause.getCause()) {
                if (cause instanceof RedisException || cause instanceof IllegalStateException) {
                    throw new StoreUnavailable(RedisFailures.STORE, failed);
                }
            }
            throw failed;
        }
    }
}
