package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/** Presence is shared by the nodes: two stores on one Redis see the same people, once each. */
class RedisPresenceTest {

    private static RedissonClient redis;
    private static RedisPresence nodeA;
    private static RedisPresence nodeB;

    @BeforeAll
    static void connect() {
        redis = RedisClients.connect(TestStores.shared().redisUrl());
        String prefix = TestStores.newRedisPrefix();
        nodeA = new RedisPresence(redis, prefix);
        nodeB = new RedisPresence(redis, prefix);
    }

    @AfterAll
    static void disconnect() {
        redis.shutdown();
    }

    @Test
    void presenceIsTheUnionOfEverySocketOnEveryNodeByPerson() {
        TaskId task = new TaskId(1);
        PresentUser naruto = new PresentUser(new UserId(2), new DisplayName("Naruto Uzumaki: Hokage"));
        PresentUser kakashi = new PresentUser(new UserId(4), new DisplayName("Kakashi Hatake"));

        nodeA.enter(task, new ConnectionId("a-1"), naruto);
        nodeB.enter(task, new ConnectionId("b-1"), naruto);
        nodeB.enter(task, new ConnectionId("b-2"), kakashi);

        assertThat(nodeA.of(task)).containsExactlyInAnyOrder(naruto, kakashi);
        nodeA.leave(task, new ConnectionId("a-1"));
        assertThat(nodeB.of(task)).as("still there on node B").containsExactlyInAnyOrder(naruto, kakashi);
        nodeB.leave(task, new ConnectionId("b-1"));
        nodeB.leave(task, new ConnectionId("b-2"));
        assertThat(nodeA.of(task)).isEmpty();
        assertThat(nodeA.of(new TaskId(99))).isEmpty();
    }

    @Test
    void anEntryWhoseNodeStopsRenewingItExpiresWhileARenewedOneStays() throws InterruptedException {
        String prefix = TestStores.newRedisPrefix();
        RedisPresence shortLease = new RedisPresence(redis, prefix, java.time.Duration.ofMillis(1500));
        TaskId task = new TaskId(7);
        PresentUser naruto = new PresentUser(new UserId(2), new DisplayName("Naruto Uzumaki"));
        PresentUser kakashi = new PresentUser(new UserId(4), new DisplayName("Kakashi Hatake"));
        shortLease.enter(task, new ConnectionId("dead-node-socket"), naruto);
        shortLease.enter(task, new ConnectionId("live-socket"), kakashi);

        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (shortLease.of(task).contains(naruto) && System.nanoTime() < deadline) {
            shortLease.stillThere(java.util.Map.of(task, java.util.Set.of(new ConnectionId("live-socket"))));
            Thread.sleep(200); // the renewal cadence of a node, shortened
        }
        assertThat(shortLease.of(task)).containsExactly(kakashi);
    }
}
