package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.RateLimits;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.limit.RateLimit;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * The limits as token buckets in Redis, one key per counter, each call one script (atomic in Redis, so every
 * node counts the same bucket, and one round trip per check). A bucket is kept in the GCRA form: the time at
 * which it would be full again ({@code tat}, Redis's own clock, in milliseconds). Taking one moves it one refill
 * period later and is allowed while it stays within one window of now; the key expires when the bucket is full.
 *
 * <p>Why not Bucket4j's Redisson proxy (tried first, in this project's history): its compare-and-swap costs two
 * round trips and a state (de)serialization per check, measured at 0.22 ms of CPU for a refresh's check and 0.61
 * ms for a sign-in's, against a budget of 0.1 ms (bench/README.md); these scripts cost one round trip.
 */
public class RedisRateLimits implements RateLimits {

    /** How far past its limit a failure count may go: further ones wait the longest anyway. */
    static final long MOST_PAST = 10;

    /** Shared by the scripts: Redis's clock in ms, and one bucket's state. */
    private static final String COMMON = """
            local t = redis.call('time')
            local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
            local function tat(key)
              local stored = tonumber(redis.call('get', key))
              if stored and stored > now then return stored end
              return now
            end
            """;
    /** KEYS[1]; ARGV: period, window. Returns {1, 0} or {0, wait ms}. */
    private static final String TAKE = COMMON + """
            local next = tat(KEYS[1]) + tonumber(ARGV[1])
            local window = tonumber(ARGV[2])
            if next - now > window then return {0, next - now - window} end
            redis.call('set', KEYS[1], next, 'PX', next - now)
            return {1, 0}""";
    /**
     * KEYS[1] and KEYS[2] taken, KEYS[3..] watched; ARGV: period and window of each of the first two. The first
     * is taken whenever it has one left (a request refused by the second still counts as a request); the second
     * only when the whole admission passes; whether anything was counted on the watched keys is read before its
     * take. Returns {allowed, wait ms, watched counted, refused by the second}.
     */
    private static final String ADMIT = COMMON + """
            local next = tat(KEYS[1]) + tonumber(ARGV[1])
            if next - now > tonumber(ARGV[2]) then return {0, next - now - tonumber(ARGV[2]), 0, 0} end
            redis.call('set', KEYS[1], next, 'PX', next - now)
            local second = tat(KEYS[2]) + tonumber(ARGV[3])
            if second - now > tonumber(ARGV[4]) then return {0, second - now - tonumber(ARGV[4]), 1, 1} end
            local counted = 0
            for i = 3, #KEYS do
              if redis.call('exists', KEYS[i]) == 1 then counted = 1 end
            end
            redis.call('set', KEYS[2], second, 'PX', second - now)
            return {1, 0, counted, 0}""";
    /** KEYS[1]; ARGV: period. Gives one back: the bucket is as if that one had not been taken. */
    private static final String GIVE_BACK = COMMON + """
            local stored = tonumber(redis.call('get', KEYS[1]))
            if not stored then return 0 end
            local back = stored - tonumber(ARGV[1])
            if back <= now then redis.call('del', KEYS[1]) else redis.call('set', KEYS[1], back, 'PX', back - now) end
            return 1""";
    /** KEYS; ARGV: period and window of each, then the most past. Returns, per key, how far past its limit. */
    private static final String COUNT = COMMON + """
            local result = {}
            local most = tonumber(ARGV[#ARGV])
            for i = 1, #KEYS do
              local period = tonumber(ARGV[2 * i - 1])
              local window = tonumber(ARGV[2 * i])
              local next = tat(KEYS[i]) + period
              local past = math.ceil((next - now - window) / period)
              if past < 0 then past = 0 end
              if past <= most then redis.call('set', KEYS[i], next, 'PX', next - now) end
              result[i] = past
            end
            return result""";

    private final RScript script;
    private final String prefix;

    public RedisRateLimits(RedissonClient redis, String prefix) {
        this.script = redis.getScript(StringCodec.INSTANCE);
        this.prefix = prefix;
    }

    @Override
    public Verdict take(LimitKey key) {
        List<Long> answer = run(TAKE, List.of(keyOf(key)), timing(key.limit()));
        return answer.get(0) == 1L ? Verdict.ALLOWED : Verdict.refusedFor(Duration.ofMillis(answer.get(1)));
    }

    @Override
    public Admission admit(LimitKey take, LimitKey alsoTake, List<LimitKey> watched) {
        List<Object> keys = new ArrayList<>(List.of(keyOf(take), keyOf(alsoTake)));
        watched.forEach(key -> keys.add(keyOf(key)));
        List<Object> arguments = new ArrayList<>(timing(take.limit()));
        arguments.addAll(timing(alsoTake.limit()));
        List<Long> answer = run(ADMIT, keys, arguments);
        Verdict verdict = answer.get(0) == 1L ? Verdict.ALLOWED : Verdict.refusedFor(Duration.ofMillis(answer.get(1)));
        return new Admission(verdict, answer.get(2) == 1L, answer.get(3) == 1L);
    }

    @Override
    public void giveBack(LimitKey key) {
        RedisFailures.guard(() -> script.eval(
                RScript.Mode.READ_WRITE,
                GIVE_BACK,
                RScript.ReturnType.INTEGER,
                List.of(keyOf(key)),
                String.valueOf(key.limit().refillEach().toMillis())));
    }

    @Override
    public List<Long> count(List<LimitKey> keys) {
        List<Object> names = new ArrayList<>();
        List<Object> arguments = new ArrayList<>();
        for (LimitKey key : keys) {
            names.add(keyOf(key));
            arguments.addAll(timing(key.limit()));
        }
        arguments.add(String.valueOf(MOST_PAST));
        return run(COUNT, names, arguments);
    }

    @Override
    public void reset(List<LimitKey> keys) {
        List<Object> names = new ArrayList<>();
        keys.forEach(key -> names.add(keyOf(key)));
        RedisFailures.guard(() -> script.eval(
                RScript.Mode.READ_WRITE, "return redis.call('del', unpack(KEYS))", RScript.ReturnType.INTEGER, names));
    }

    private List<Long> run(String lua, List<Object> keys, List<Object> arguments) {
        return RedisFailures.guard(
                () -> script.eval(RScript.Mode.READ_WRITE, lua, RScript.ReturnType.MULTI, keys, arguments.toArray()));
    }

    private static List<Object> timing(RateLimit limit) {
        return List.of(
                String.valueOf(limit.refillEach().toMillis()),
                String.valueOf(limit.window().toMillis()));
    }

    private String keyOf(LimitKey key) {
        // the tenant as hash tag: the counters one check reads together (a sign-in's) share a slot on a Redis Cluster
        return prefix + "limit:" + key.limit().code() + ":{" + key.tenant().value() + "}:" + key.subject();
    }
}
