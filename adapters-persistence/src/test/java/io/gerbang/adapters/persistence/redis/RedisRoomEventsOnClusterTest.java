package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.testing.RedisClusterOfThree;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.TaskId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;

/**
 * Room events on a Redis Cluster of three masters, between two nodes' clients: by sharded pub/sub, each room on one
 * channel, the channels spread over every master, every event heard by the other node in its room's order.
 */
class RedisRoomEventsOnClusterTest {

    private static RedissonClient nodeA;
    private static RedissonClient nodeB;

    @BeforeAll
    static void connect() {
        nodeA = RedisClients.connect(RedisClusterOfThree.shared().url());
        nodeB = RedisClients.connect(RedisClusterOfThree.shared().url());
    }

    @AfterAll
    static void disconnect() {
        nodeA.shutdown();
        nodeB.shutdown();
    }

    @Test
    void everyRoomsEventsReachTheOtherNodeInOrderOverShardedChannelsOnEveryMaster() {
        RedisRoomEvents publishing = new RedisRoomEvents(nodeA, "rooms:");
        RedisRoomEvents hearing = new RedisRoomEvents(nodeB, "rooms:");
        Map<TaskId, List<String>> heard = new ConcurrentHashMap<>();
        List<RoomEvent> all = new CopyOnWriteArrayList<>();
        hearing.subscribe(event -> {
            all.add(event);
            heard.computeIfAbsent(event.task(), task -> new CopyOnWriteArrayList<>())
                    .add(((RoomEvent.TaskNotification) event).message());
        });
        List<String> sent = IntStream.range(0, 5).mapToObj(i -> "notice " + i).toList();

        for (String message : sent) {
            for (long task = 1; task <= 48; task++) {
                publishing.publish(new RoomEvent.TaskNotification(new TaskId(task), message, Instant.now()));
            }
        }

        await().atMost(Duration.ofSeconds(10)).until(() -> all.size() == 5 * 48);
        assertThat(heard)
                .hasSize(48)
                .allSatisfy((task, messages) -> assertThat(messages).isEqualTo(sent));
        if (!RedisClusterOfThree.shardedPubSub()) {
            // Redis 6.2 (the embedded binary; .ci/run installs Debian's Redis 7): the classic channel, heard all the
            // same
            assertThat(publishing.channels()).containsExactly("rooms:room-events");
            return;
        }
        List<Long> shardChannels = new ArrayList<>();
        nodeA.getRedisNodes(RedisNodes.CLUSTER)
                .getMasters()
                .forEach(master -> shardChannels.add(Long.parseLong(
                        master.info(RedisNode.InfoSection.STATS).getOrDefault("pubsubshard_channels", "0"))));
        assertThat(shardChannels)
                .as("the sharded channels each master holds")
                .hasSize(3)
                .allMatch(count -> count > 0);
        assertThat(shardChannels.stream().mapToLong(Long::longValue).sum())
                .isGreaterThanOrEqualTo(RedisRoomEvents.SHARDS);
        assertThat(publishing.channels()).hasSize(RedisRoomEvents.SHARDS).doesNotHaveDuplicates();
    }
}
