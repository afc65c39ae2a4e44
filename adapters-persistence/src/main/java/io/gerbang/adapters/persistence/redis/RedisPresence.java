package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.port.out.Presence;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RBatch;
import org.redisson.api.RMapCache;
import org.redisson.api.RMapCacheAsync;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Presence as one Redisson map cache per room: socket id to "user id:name", each entry leased for
 * {@code lease} and renewed by its node while the socket is open. A node that dies, or a socket that
 * vanishes without its leave being heard, is gone from presence when the lease runs out.
 */
public class RedisPresence implements Presence {

    /** The lease of an entry; nodes renew theirs about three times within it. */
    public static final Duration LEASE = Duration.ofSeconds(30);

    private final RedissonClient redis;
    private final String prefix;
    private final Duration lease;

    public RedisPresence(RedissonClient redis, String prefix) {
        this(redis, prefix, LEASE);
    }

    public RedisPresence(RedissonClient redis, String prefix, Duration lease) {
        this.redis = redis;
        this.prefix = prefix;
        this.lease = lease;
    }

    @Override
    public void enter(TaskId task, ConnectionId socket, PresentUser user) {
        RedisFailures.guard(() -> room(task)
                .fastPut(
                        socket.value(),
                        user.user().value() + ":" + user.userName().value(),
                        lease.toMillis(),
                        TimeUnit.MILLISECONDS));
    }

    @Override
    public void stillThere(Map<TaskId, Set<ConnectionId>> socketsByRoom) {
        RedisFailures.guard(() -> {
            RBatch batch = redis.createBatch();
            socketsByRoom.forEach((task, sockets) -> {
                RMapCacheAsync<String, String> room = batch.getMapCache(name(task), StringCodec.INSTANCE);
                for (ConnectionId socket : sockets) {
                    room.updateEntryExpirationAsync(
                            socket.value(), lease.toMillis(), TimeUnit.MILLISECONDS, 0, TimeUnit.MILLISECONDS);
                }
            });
            return batch.execute();
        });
    }

    @Override
    public void leave(TaskId task, ConnectionId socket) {
        RedisFailures.guard(() -> room(task).fastRemove(socket.value()));
    }

    @Override
    public List<PresentUser> of(TaskId task) {
        return RedisFailures.guard(() -> {
            Map<Long, PresentUser> people = new LinkedHashMap<>();
            for (String entry : room(task).readAllValues()) {
                int colon = entry.indexOf(':');
                long user = Long.parseLong(entry.substring(0, colon));
                people.putIfAbsent(
                        user, new PresentUser(new UserId(user), new DisplayName(entry.substring(colon + 1))));
            }
            return new ArrayList<>(people.values());
        });
    }

    private RMapCache<String, String> room(TaskId task) {
        return redis.getMapCache(name(task), StringCodec.INSTANCE);
    }

    private String name(TaskId task) {
        return prefix + "presence:{" + task.value() + "}";
    }
}
