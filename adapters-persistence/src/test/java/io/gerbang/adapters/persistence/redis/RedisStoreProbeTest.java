package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.RedisClusterOfThree;
import io.gerbang.adapters.persistence.testing.TestStores;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.redisson.api.RedissonClient;

/** {@code /ready} asks this probe: it must tell the truth on a single Redis and on a Cluster alike. */
class RedisStoreProbeTest {

    @ParameterizedTest
    @ValueSource(strings = {"single", "cluster of three"})
    void aRedisWhoseNodesAllAnswerIsReachable(String kind) {
        String url = kind.equals("single")
                ? TestStores.shared().redisUrl()
                : RedisClusterOfThree.shared().url();
        RedissonClient redis = RedisClients.connect(url);
        try {
            assertThat(new RedisStoreProbe(redis).reachable()).isTrue();
        } finally {
            redis.shutdown();
        }
    }
}
