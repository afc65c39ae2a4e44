package io.gerbang.adapters.persistence.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.SessionsContract;
import io.gerbang.application.port.out.StoreUnavailable;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redisson.api.RedissonClient;

/**
 * The session store as the nodes run it, each believing what it found live until an end is announced: the same
 * contract as the store alone, a session ended on one node refused on another within 50 ms (timed, in a loop), a
 * check answered from the node's view without Redis, and a node that loses Redis failing closed.
 */
class SessionsSeenLiveTest extends SessionsContract {

    private static RedissonClient nodeA;
    private static RedissonClient nodeB;
    private static RedisSessions sessionsA;
    private static RedisSessions sessionsB;

    @BeforeAll
    static void connect() {
        String prefix = TestStores.newRedisPrefix();
        // two clients of their own, as two nodes have: their subscriptions and commands on their own connections
        nodeA = RedisClients.connect(TestStores.shared().redisUrl());
        nodeB = RedisClients.connect(TestStores.shared().redisUrl());
        sessionsA = new RedisSessions(nodeA, prefix, true);
        sessionsB = new RedisSessions(nodeB, prefix, true);
    }

    @AfterAll
    static void disconnect() {
        sessionsA.close();
        sessionsB.close();
        nodeA.shutdown();
        nodeB.shutdown();
    }

    @Override
    protected Sessions sessions() {
        return sessionsA;
    }

    @Override
    protected Sessions anotherNode() {
        return sessionsB;
    }

    @Test
    void aSessionEndedOnOneNodeIsRefusedOnTheOtherWithin50Milliseconds() {
        List<Long> micros = new ArrayList<>();
        for (int round = 0; round < 200; round++) {
            Session session = newSession(someUser(), now(), LIFETIME);
            assertThat(sessionsA.open(session, SessionEpoch.FIRST)).isTrue();
            assertThat(sessionsB.isLive(session.ref(), now())).isTrue();
            assertThat(sessionsB.isLive(session.ref(), now())).isTrue();

            if (round % 2 == 0) {
                assertThat(sessionsA.end(session.ref())).isTrue();
            } else {
                assertThat(sessionsA.endAllOf(TENANT, session.user(), null)).isEqualTo(1);
            }
            long ended = System.nanoTime();
            while (sessionsB.isLive(session.ref(), now())) {
                assertThat(System.nanoTime() - ended)
                        .as("round " + round + ": still live on B after")
                        .isLessThan(Duration.ofMillis(50).toNanos());
            }
            micros.add((System.nanoTime() - ended) / 1000);
            assertThat(sessionsA.isLive(session.ref(), now())).isFalse();
        }
        micros.sort(null);
        System.out.println("ended on A, refused on B after (µs): median " + micros.get(micros.size() / 2) + ", max "
                + micros.get(micros.size() - 1));
    }

    @Test
    void aSessionFoundLiveIsBelievedWithoutAskingRedisAgain() {
        EmbeddedRedisServer own = EmbeddedRedisServer.startVolatile(TestStores.temporaryDirectory("seen-live"));
        RedissonClient client = RedisClients.connect(own.url());
        try (RedisSessions store = new RedisSessions(client, "seen:", true)) {
            Session session = newSession(someUser(), now(), LIFETIME);
            assertThat(store.open(session, SessionEpoch.FIRST)).isTrue();
            // the first checks ask Redis (until the node's first beat has come back, it believes nothing it saw)
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                long asked = scriptsRun(client);
                return store.isLive(session.ref(), now()) && scriptsRun(client) == asked;
            });
            long before = scriptsRun(client);
            for (int i = 0; i < 1_000; i++) {
                assertThat(store.isLive(session.ref(), now())).isTrue();
            }
            assertThat(scriptsRun(client) - before)
                    .as("scripts run for 1,000 checks")
                    .isZero();
        } finally {
            client.shutdown();
            own.close();
        }
    }

    @Test
    void aNodeThatLosesRedisStopsBelievingItsViewAndFailsClosed() {
        EmbeddedRedisServer own = EmbeddedRedisServer.startVolatile(TestStores.temporaryDirectory("seen-live-down"));
        RedissonClient client = RedisClients.connect(own.url());
        try (RedisSessions store = new RedisSessions(client, "seen:", true)) {
            Session session = newSession(someUser(), now(), LIFETIME);
            assertThat(store.open(session, SessionEpoch.FIRST)).isTrue();
            await().atMost(Duration.ofSeconds(5)).until(() -> store.isLive(session.ref(), now()));

            own.close();
            long down = System.nanoTime();
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(20))
                    .untilAsserted(() -> assertThatThrownBy(() -> store.isLive(session.ref(), now()))
                            .isInstanceOf(StoreUnavailable.class));
            System.out.println("Redis stopped, checks fail closed after "
                    + Duration.ofNanos(System.nanoTime() - down).toMillis() + " ms");
        } finally {
            client.shutdown();
        }
    }

    @Test
    void aSessionNobodyAsksAboutAgainLeavesTheViewByItself() {
        try (SessionsSeenLive view =
                new SessionsSeenLive(nodeA, TestStores.newRedisPrefix() + "session-ends", Duration.ofSeconds(15))) {
            // Redis said it is live for 300 ms more (it will expire unannounced); kept once the view is believed
            await().atMost(Duration.ofSeconds(5)).until(() -> {
                view.seen("a-session", view.generation(), java.time.Instant.now(), 300);
                return view.isLive("a-session", java.time.Instant.now());
            });
            assertThat(view.held()).isEqualTo(1);

            await().atMost(Duration.ofSeconds(3)).until(() -> view.held() == 0);
        }
    }

    /** How many scripts this Redis has run (EVAL and EVALSHA), from INFO commandstats. */
    private static long scriptsRun(RedissonClient client) {
        Map<String, String> stats = client.getRedisNodes(org.redisson.api.redisnode.RedisNodes.SINGLE)
                .getInstance()
                .info(org.redisson.api.redisnode.RedisNode.InfoSection.COMMANDSTATS);
        long calls = 0;
        for (String command : List.of("cmdstat_eval", "cmdstat_evalsha")) {
            String line = stats.get(command);
            if (line != null) {
                calls += Long.parseLong(line.replaceAll(".*calls=(\\d+).*", "$1"));
            }
        }
        return calls;
    }
}
