package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.UsedCodes;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import io.gerbang.domain.user.UserId;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Each user's last accepted TOTP step, one key per user and secret (named by the first 16 bytes of the
 * secret's SHA-256, which tell nothing of it), claimed by a script (atomic in Redis, so on every
 * node at once): a step is taken only when it is later than the last one ({@link TotpStep#usableAfter}).
 * The key outlives the accepted window, after which no older code could be accepted anyway.
 */
public class RedisUsedCodes implements UsedCodes {

    private static final String CLAIM = """
            local last = redis.call('get', KEYS[1])
            if last and tonumber(last) >= tonumber(ARGV[1]) then return 0 end
            redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1""";
    /** Three steps are accepted around now; keep the last one for longer than that. */
    private static final long KEEP_MILLIS = 4 * TotpStep.PERIOD_SECONDS * 1000;

    private final RScript script;
    private final String prefix;

    public RedisUsedCodes(RedissonClient redis, String prefix) {
        this.script = redis.getScript(StringCodec.INSTANCE);
        this.prefix = prefix;
    }

    @Override
    public boolean claim(UserId user, TotpSecret secret, TotpStep step) {
        String key = prefix + "totp-step:" + user.value() + ":" + fingerprint(secret);
        Long claimed = RedisFailures.guard(() -> script.eval(
                RScript.Mode.READ_WRITE,
                CLAIM,
                RScript.ReturnType.INTEGER,
                List.of(key),
                String.valueOf(step.index()),
                String.valueOf(KEEP_MILLIS)));
        return claimed == 1L;
    }

    private static String fingerprint(TotpSecret secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.bytes());
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
