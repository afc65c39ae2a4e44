package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RBucket;
import org.redisson.api.RedissonClient;
import org.redisson.client.codec.StringCodec;

class RedisConnectionStatesTest {

    private static RedissonClient redis;
    private static String prefix;
    private static RedisConnectionStates states;

    @BeforeAll
    static void connect() {
        redis = RedisClients.connect(TestStores.shared().redisUrl());
        prefix = TestStores.newRedisPrefix();
        states = new RedisConnectionStates(redis, prefix);
    }

    @AfterAll
    static void disconnect() {
        redis.shutdown();
    }

    private static RecoverableConnection naruto(String privateId, long... tasks) {
        return new RecoverableConnection(
                privateId,
                new TenantId(1),
                new UserId(2),
                java.util.Arrays.stream(tasks).mapToObj(TaskId::new).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aKeptConnectionIsTakenBackOnceWithItsRoomsUnderAKeyThatDoesNotNameIt() {
        String privateId = "pid-" + "a".repeat(39);
        states.keep(List.of(naruto(privateId, 1, 7), naruto("pid-" + "b".repeat(39))), Duration.ofMinutes(2));

        assertThat(states.take(privateId)).get().satisfies(back -> {
            assertThat(back.user()).isEqualTo(new UserId(2));
            assertThat(back.rooms()).isEqualTo(Set.of(new TaskId(1), new TaskId(7)));
        });
        assertThat(states.take(privateId)).isEmpty();
        assertThat(states.take("pid-" + "b".repeat(39)))
                .get()
                .extracting(RecoverableConnection::rooms)
                .isEqualTo(Set.of());
        assertThat(StreamSupport.stream(
                        redis.getKeys().getKeysByPattern(prefix + "*").spliterator(), false))
                .noneMatch(key -> key.contains("aaaa"));
    }

    @Test
    void aForgottenOrExpiredConnectionIsGone() {
        states.keep(List.of(naruto("pid-" + "c".repeat(39), 1)), Duration.ofMinutes(2));
        states.forget("pid-" + "c".repeat(39));
        assertThat(states.take("pid-" + "c".repeat(39))).isEmpty();

        // looked up by its key rather than by a SCAN, which on a shared Redis full of other keys can outlast the window
        String expiring = "pid-" + "d".repeat(39);
        states.keep(List.of(naruto(expiring, 1)), Duration.ofSeconds(2));
        assertThat(storedUnder(expiring).remainTimeToLive())
                .as("kept for the window, no longer")
                .isBetween(1L, 2_000L);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> !storedUnder(expiring).isExists());
        assertThat(states.take(expiring)).isEmpty();
    }

    private static RBucket<String> storedUnder(String privateId) {
        return redis.getBucket(states.key(privateId), StringCodec.INSTANCE);
    }
}
