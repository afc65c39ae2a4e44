package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.port.out.ConnectionStates;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.redisson.api.BatchOptions;
import org.redisson.api.RBatch;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Recoverable chat connections, one key each, {@code <prefix>conn:<sha256 of the private id>} (the id itself, a
 * bearer secret, is not written), holding {@code <tenant>|<user>|<task>,<task>,...} and expiring with the window.
 * Renewals go out in one pipelined batch; a take is GETDEL, so one of two clients with the same id gets it.
 */
public class RedisConnectionStates implements ConnectionStates {

    private final RedissonClient redis;
    private final String prefix;

    public RedisConnectionStates(RedissonClient redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public void keep(List<RecoverableConnection> connections, Duration window) {
        RedisFailures.guard(() -> {
            RBatch batch = redis.createBatch(BatchOptions.defaults());
            for (RecoverableConnection connection : connections) {
                batch.<String>getBucket(key(connection.privateId()), StringCodec.INSTANCE)
                        .setAsync(encode(connection), window);
            }
            batch.execute();
            return null;
        });
    }

    @Override
    public Optional<RecoverableConnection> take(String privateId) {
        String value = RedisFailures.guard(() ->
                redis.<String>getBucket(key(privateId), StringCodec.INSTANCE).getAndDelete());
        return Optional.ofNullable(value).flatMap(text -> decode(privateId, text));
    }

    @Override
    public void forget(String privateId) {
        RedisFailures.guard(
                () -> redis.getBucket(key(privateId), StringCodec.INSTANCE).delete());
    }

    private static String encode(RecoverableConnection connection) {
        return connection.tenant().value() + "|" + connection.user().value() + "|"
                + connection.rooms().stream()
                        .map(task -> Long.toString(task.value()))
                        .collect(Collectors.joining(","));
    }

    private static Optional<RecoverableConnection> decode(String privateId, String text) {
        String[] parts = text.split("\\|", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecoverableConnection(
                    privateId,
                    new TenantId(Long.parseLong(parts[0])),
                    new UserId(Long.parseLong(parts[1])),
                    parts[2].isEmpty()
                            ? java.util.Set.of()
                            : Arrays.stream(parts[2].split(","))
                                    .map(task -> new TaskId(Long.parseLong(task)))
                                    .collect(Collectors.toSet())));
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }

    /** Where a connection is kept: its private id's SHA-256 under the prefix (the id itself is never a key). */
    String key(String privateId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(privateId.getBytes(StandardCharsets.UTF_8));
            return prefix + "conn:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
