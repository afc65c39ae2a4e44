package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.out.RoomEvents;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.redisson.api.RTopic;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;
import org.redisson.client.codec.StringCodec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Room events over Redis pub/sub: the publishing node hears its own events back like every other node, so each node
 * delivers to its own sockets from one path, in its channel's order (one room's events keep their order: a room has
 * one channel).
 *
 * <p>On a single Redis, one classic channel. On a Redis Cluster, classic pub/sub is broadcast to every node of the
 * Cluster, so instead each room's events go by sharded pub/sub ({@code SPUBLISH}, Redisson's sharded topic) on one of
 * {@link #SHARDS} channels, chosen by the task's id, whose names hash to slots spread over the Cluster's masters: a
 * room's traffic touches the one master that holds its channel, and the chat's traffic spreads over the shards. Every
 * node subscribes to all of them (each delivers any room its sockets are in). A Cluster with a master older than Redis
 * 7.0, which has no sharded pub/sub, gets the classic channel (and a warning at start).
 */
public class RedisRoomEvents implements RoomEvents {

    /** Sharded channels on a Cluster: enough to spread over many masters, few enough for every node to hold. */
    static final int SHARDS = 16;

    private static final Logger LOG = LoggerFactory.getLogger(RedisRoomEvents.class);

    /** The channels, a room's events always on {@link #channelOf} of them: one classic, or the sharded ones. */
    private final List<RTopic> topics;

    public RedisRoomEvents(RedissonClient redis, String prefix) {
        if (redis.getConfig().isClusterConfig() && shardedPubSubOnEveryMaster(redis)) {
            // the hash tag names the shard: {room-events-0} .. {room-events-15} fall in different slots
            this.topics = IntStream.range(0, SHARDS)
                    .<RTopic>mapToObj(shard ->
                            redis.getShardedTopic(prefix + "{room-events-" + shard + "}", StringCodec.INSTANCE))
                    .toList();
        } else {
            this.topics = List.of(redis.getTopic(prefix + "room-events", StringCodec.INSTANCE));
        }
    }

    private static boolean shardedPubSubOnEveryMaster(RedissonClient redis) {
        List<String> older = redis.getRedisNodes(RedisNodes.CLUSTER).getMasters().stream()
                .map(master -> master.info(RedisNode.InfoSection.SERVER).getOrDefault("redis_version", "0"))
                .filter(version -> Integer.parseInt(version.split("\\.")[0]) < 7)
                .toList();
        if (!older.isEmpty()) {
            LOG.warn(
                    "a Redis Cluster master runs Redis {}, without sharded pub/sub: room events go by classic pub/sub,"
                            + " which the Cluster broadcasts to every node",
                    older.get(0));
        }
        return older.isEmpty();
    }

    /** The names of the channels room events travel on, in the order {@link #channelOf} numbers them. */
    List<String> channels() {
        return topics.stream().map(topic -> topic.getChannelNames().get(0)).toList();
    }

    @Override
    public void publish(RoomEvent event) {
        String encoded = RoomEventCodec.encode(event);
        RTopic topic = topics.get(channelOf(event));
        RedisFailures.guard(() -> topic.publish(encoded));
    }

    /** The channel of the event's room. */
    private int channelOf(RoomEvent event) {
        return (int) Math.floorMod(event.task().value(), (long) topics.size());
    }

    @Override
    public void subscribe(Consumer<RoomEvent> listener) {
        topics.forEach(topic -> topic.addListener(String.class, (channel, text) -> deliver(listener, channel, text)));
    }

    private static void deliver(Consumer<RoomEvent> listener, CharSequence channel, String text) {
        RoomEvent event;
        try {
            event = RoomEventCodec.decode(text);
        } catch (RuntimeException malformed) {
            LOG.warn("ignored a malformed room event on {}", channel);
            return;
        }
        listener.accept(event);
    }
}
