package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.out.RoomEvents;
import java.util.function.Consumer;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room events over one Redis pub/sub channel: the publishing node hears its own events back like every
 * other node, so each node delivers to its own sockets from one path, in the channel's order.
 */
public class RedisRoomEvents implements RoomEvents {

    private static final Logger LOG = LoggerFactory.getLogger(RedisRoomEvents.class);

    private final RTopic topic;

    public RedisRoomEvents(RedissonClient redis, String prefix) {
        this.topic = redis.getTopic(prefix + "room-events", StringCodec.INSTANCE);
    }

    @Override
    public void publish(RoomEvent event) {
        String encoded = RoomEventCodec.encode(event);
        RedisFailures.guard(() -> topic.publish(encoded));
    }

    @Override
    public void subscribe(Consumer<RoomEvent> listener) {
        topic.addListener(String.class, (channel, text) -> {
            RoomEvent event;
            try {
                event = RoomEventCodec.decode(text);
            } catch (RuntimeException malformed) {
                LOG.warn("ignored a malformed room event on {}", channel);
                return;
            }
            listener.accept(event);
        });
    }
}
