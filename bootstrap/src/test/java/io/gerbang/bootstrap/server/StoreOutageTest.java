package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.embedded.EmbeddedPostgresServer;
import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stores of its own that the test stops and starts again: while one is down the service answers 503
 * and lets nothing through; when it is back the service recovers by itself.
 */
class StoreOutageTest {

    private static Path root;
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedRedisServer redis;
    private static GerbangServer gerbang;
    private static Http http;

    @BeforeAll
    static void start() {
        root = TestStores.temporaryDirectory("gerbang-outage");
        // not startClean: a clean server deletes its files when stopped, and this one must come back
        postgres = EmbeddedPostgresServer.start(root.resolve("postgres"));
        redis = EmbeddedRedisServer.start(root.resolve("redis"), freePort(), true);
        gerbang = GerbangServer.start(GerbangConfig.from(Map.of(
                "GERBANG_PORT",
                "0",
                "GERBANG_HOST",
                "127.0.0.1",
                "GERBANG_DB_URL",
                postgres.jdbcUrl(),
                "GERBANG_REDIS_URL",
                redis.url(),
                "GERBANG_JWT_SECRET",
                TestGerbang.SECRET,
                "GERBANG_BCRYPT_COST",
                "4",
                "GERBANG_DEMO",
                "true")));
        http = new Http(gerbang.port());
    }

    @AfterAll
    static void stop() {
        gerbang.close();
        redis.close();
        postgres.close();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String bearer(Answer login) {
        return "Bearer " + login.data().path("access_token").asText();
    }

    @Test
    void whileRedisIsDownEveryCallThatNeedsItIsRefusedWith503AndThenItRecovers() {
        Answer login = http.login("800000001");
        assertThat(login.status()).isEqualTo(200);
        int port = redis.port();

        redis.close();

        Answer me = http.get("/api/v1/auth/me", "Authorization", bearer(login));
        assertThat(me.status()).isEqualTo(503);
        assertThat(me.code()).isEqualTo("UNAVAILABLE");
        assertThat(me.header("Retry-After")).isNotNull();
        assertThat(http.login("800000001").code()).isEqualTo("UNAVAILABLE");
        assertThat(http.post(
                                "/api/v1/auth/refresh",
                                Map.of(
                                        "refresh_token",
                                        login.data().path("refresh_token").asText()))
                        .code())
                .isEqualTo("UNAVAILABLE");
        assertThat(http.get("/ready").status()).isEqualTo(503);
        assertThat(http.get("/health").status()).isEqualTo(200);

        redis = EmbeddedRedisServer.start(root.resolve("redis"), port, true);

        // Redisson replaces its broken connections over a few seconds after /ready turns 200; the limits are on
        // here (10 sign-ins a minute from this client), so the sign-ins that wait for that are spaced out
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> http.login("800000001").status() == 200);
        Answer fresh = http.login("800000001");
        assertThat(fresh.status()).as(fresh.body()).isEqualTo(200);
        assertThat(http.get("/api/v1/auth/me", "Authorization", bearer(fresh)).status())
                .isEqualTo(200);
        assertThat(http.get("/ready").status()).isEqualTo(200);
    }

    @Test
    void whilePostgresIsDownSignInIsRefusedWith503AndThenItRecovers() {
        Answer before = http.login("100000001");
        assertThat(before.status()).isEqualTo(200);
        int port = postgres.port();

        postgres.close();

        Answer login = http.login("100000001");
        assertThat(login.status()).isEqualTo(503);
        assertThat(login.code()).isEqualTo("UNAVAILABLE");
        assertThat(login.body()).doesNotContain("SQL", "jdbc", "Exception", "postgres");
        // a live session (checked in Redis on every call) still reads its profile, kept in memory
        assertThat(http.get("/api/v1/auth/me", "Authorization", bearer(before)).status())
                .isEqualTo(200);
        assertThat(http.get("/ready").status()).isEqualTo(503);

        postgres = EmbeddedPostgresServer.restart(root.resolve("postgres"), port);

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> http.login("100000001").status() == 200);
        assertThat(http.get("/api/v1/auth/me", "Authorization", bearer(before)).status())
                .isEqualTo(200);
    }
}
