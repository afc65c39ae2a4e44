package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.RedisClusterOfThree;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.SessionsContract;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.user.UserId;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisNode;
import org.redisson.api.redisnode.RedisNodes;

/**
 * The session store's contract on a Redis Cluster of three masters: every script's keys must lie in one
 * slot, or the cluster refuses it (CROSSSLOT), so passing here is what "Cluster-ready" means.
 */
class RedisClusterSessionsTest extends SessionsContract {

    private static RedissonClient redis;
    private static RedisSessions sessions;
    private static RedisSessions anotherNode;

    @BeforeAll
    static void connect() {
        redis = RedisClients.connect(RedisClusterOfThree.shared().url());
        sessions = new RedisSessions(redis, "cluster:");
        anotherNode = new RedisSessions(redis, "cluster:");
    }

    @AfterAll
    static void disconnect() {
        redis.shutdown();
    }

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected Sessions anotherNode() {
        return anotherNode;
    }

    @Test
    void theSessionsOfManyUsersAreSpreadOverEveryMaster() {
        for (int i = 0; i < 30; i++) {
            Session opened = newSession(new UserId(1_000 + i), now(), LIFETIME);
            sessions.open(opened, SessionEpoch.FIRST);
            assertThat(sessions.holding(opened.current()))
                    .get()
                    .extracting(Session::id)
                    .isEqualTo(opened.id());
        }
        // what each master holds, as it says itself (db0:keys=N,...): one user's keys share a slot, not everyone's
        assertThat(redis.getRedisNodes(RedisNodes.CLUSTER).getMasters())
                .hasSize(3)
                .allSatisfy(master -> assertThat(
                                master.info(RedisNode.InfoSection.KEYSPACE).getOrDefault("db0", "keys=0"))
                        .doesNotStartWith("keys=0"));
    }
}
