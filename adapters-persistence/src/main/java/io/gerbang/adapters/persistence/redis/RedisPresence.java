package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.in.PresentUser;
import io.gerbang.application.port.out.Presence;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.redisson.api.RMap;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

/**
 * Presence as one Redis hash per room: socket id to "user id:name". A node that dies without closing its
 * sockets leaves their entries behind until they leave again; they expire with the room a day after its
 * last change.
 */
public class RedisPresence implements Presence {

    private final RedissonClient redis;
    private final String prefix;

    public RedisPresence(RedissonClient redis, String prefix) {
        this.redis = redis;
        this.prefix = prefix;
    }

    @Override
    public void enter(TaskId task, String socket, PresentUser user) {
        RedisFailures.guard(() -> {
            RMap<String, String> room = room(task);
            room.fastPut(socket, user.user().value() + ":" + user.userName());
            return room.expire(java.time.Duration.ofDays(1));
        });
    }

    @Override
    public void leave(TaskId task, String socket) {
        RedisFailures.guard(() -> room(task).fastRemove(socket));
    }

    @Override
    public List<PresentUser> of(TaskId task) {
        return RedisFailures.guard(() -> {
            Map<Long, PresentUser> people = new LinkedHashMap<>();
            for (String entry : room(task).readAllValues()) {
                int colon = entry.indexOf(':');
                long user = Long.parseLong(entry.substring(0, colon));
                people.putIfAbsent(user, new PresentUser(new UserId(user), entry.substring(colon + 1)));
            }
            return new ArrayList<>(people.values());
        });
    }

    private RMap<String, String> room(TaskId task) {
        return redis.getMap(prefix + "presence:" + task.value(), StringCodec.INSTANCE);
    }
}
