package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.twofactor.ChallengeToken;
import io.gerbang.domain.twofactor.SignInChallenge;
import io.gerbang.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.redisson.api.RScript;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Half-finished sign-ins as Redis hashes that expire with them, keyed by the SHA-256 of their
 * {@code mfa_token} (32 random bytes, hex), so a copy of Redis holds no usable token. Taking a try and ending
 * with the one success are scripts, atomic across nodes.
 */
public class RedisSignInChallenges implements SignInChallenges {

    private static final String OPEN = """
            redis.call('hset', KEYS[1], 'user', ARGV[1], 'tenant', ARGV[2], 'ua', ARGV[3], 'ip', ARGV[4],
                       'expires', ARGV[5], 'wrong', '0', 'epoch', ARGV[6], 'app', ARGV[7])
            redis.call('pexpireat', KEYS[1], ARGV[5])
            return 1""";
    /** A try is counted as a wrong code before its code is checked; past the limit, the challenge is gone. */
    private static final String TRY = """
            if redis.call('exists', KEYS[1]) == 0 then return 0 end
            local wrong = redis.call('hincrby', KEYS[1], 'wrong', 1)
            if wrong > tonumber(ARGV[1]) then
                redis.call('del', KEYS[1])
                return 0
            end
            return 1""";

    private static final String SUCCEED = "return redis.call('del', KEYS[1])";

    private final RedissonClient redis;
    private final RScript script;
    private final String prefix;
    private final SecureRandom random = new SecureRandom();

    public RedisSignInChallenges(RedissonClient redis, String prefix) {
        this.redis = redis;
        this.script = redis.getScript(StringCodec.INSTANCE);
        this.prefix = prefix;
    }

    @Override
    public ChallengeToken open(SignInChallenge challenge) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        ChallengeToken token = new ChallengeToken(HexFormat.of().formatHex(bytes));
        ClientInfo client = challenge.client();
        eval(
                OPEN,
                key(token),
                String.valueOf(challenge.user().value()),
                String.valueOf(challenge.tenant().value()),
                nullToEmpty(client.userAgent()),
                nullToEmpty(client.ip()),
                String.valueOf(challenge.expiresAt().toEpochMilli()),
                challenge.epoch().toString(),
                client.app().value());
        return token;
    }

    @Override
    public Optional<SignInChallenge> find(ChallengeToken token) {
        Map<String, String> fields = RedisFailures.guard(() ->
                redis.<String, String>getMap(key(token), StringCodec.INSTANCE).readAllMap());
        if (fields.isEmpty() || !fields.containsKey("expires") || !fields.containsKey("epoch")) {
            return Optional.empty();
        }
        return Optional.of(new SignInChallenge(
                new UserId(Long.parseLong(fields.get("user"))),
                new TenantId(Long.parseLong(fields.get("tenant"))),
                new ClientInfo(
                        emptyToNull(fields.get("ua")),
                        emptyToNull(fields.get("ip")),
                        fields.get("app") == null ? null : new ClientId(fields.get("app"))),
                new SessionEpoch(Long.parseLong(fields.get("epoch"))),
                Instant.ofEpochMilli(Long.parseLong(fields.get("expires"))),
                Integer.parseInt(fields.get("wrong"))));
    }

    @Override
    public boolean tryCode(ChallengeToken token) {
        return eval(TRY, key(token), String.valueOf(SignInChallenge.WRONG_CODES_ALLOWED)) == 1L;
    }

    @Override
    public boolean succeed(ChallengeToken token) {
        return eval(SUCCEED, key(token)) == 1L;
    }

    private Long eval(String lua, String key, Object... args) {
        return RedisFailures.guard(
                () -> script.eval(RScript.Mode.READ_WRITE, lua, RScript.ReturnType.INTEGER, List.of(key), args));
    }

    private String key(ChallengeToken token) {
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(token.value().getBytes(StandardCharsets.US_ASCII));
            return prefix + "mfa:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private static String emptyToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
