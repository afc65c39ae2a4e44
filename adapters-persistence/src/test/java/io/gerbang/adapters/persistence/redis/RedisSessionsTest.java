package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.SessionsContract;
import io.gerbang.application.port.out.StoreUnavailable;
import io.gerbang.domain.session.SessionEpoch;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

class RedisSessionsTest extends SessionsContract {

    private static RedissonClient redis;
    private static RedisSessions sessions;
    private static RedisSessions anotherNode;

    @BeforeAll
    static void connect() {
        redis = RedisClients.connect(TestStores.shared().redisUrl());
        String prefix = TestStores.newRedisPrefix();
        sessions = new RedisSessions(redis, prefix);
        anotherNode = new RedisSessions(redis, prefix);
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
    void aRedisThatIsDownMakesEveryCallFailAsUnavailable() {
        EmbeddedRedisServer own = EmbeddedRedisServer.startVolatile(TestStores.temporaryDirectory("redis-down"));
        RedissonClient client = RedisClients.connect(own.url());
        try {
            RedisSessions store = new RedisSessions(client, "down:");
            own.close();
            assertThatThrownBy(() -> store.open(newSession(someUser(), now(), LIFETIME), SessionEpoch.FIRST))
                    .isInstanceOf(StoreUnavailable.class);
            assertThatThrownBy(() -> store.isLive(
                            new io.gerbang.domain.session.SessionRef(TENANT, someUser(), randomSessionId()), now()))
                    .isInstanceOf(StoreUnavailable.class);
        } finally {
            client.shutdown();
        }
    }
}
