package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.adapters.persistence.embedded.EmbeddedPostgresServer;
import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.stores.StoreEndpoints;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A bad day for the stores of a node that runs its own (embedded) engines: PostgreSQL paused under load,
 * then each engine killed outright. Requests that do not need the troubled store stay fast; the killed
 * engine is back within seconds, with the sessions it held.
 */
class EngineFaultTest {

    private static GerbangServer node;
    private static Http http;
    private static Path dataDir;

    @BeforeAll
    static void start() {
        dataDir = TestStores.temporaryDirectory("gerbang-faults");
        node = GerbangServer.start(GerbangConfig.from(Map.of(
                "GERBANG_PORT",
                "0",
                "GERBANG_HOST",
                "127.0.0.1",
                "GERBANG_DATA_DIR",
                dataDir.toString(),
                "GERBANG_BCRYPT_COST",
                "4",
                "GERBANG_DEMO",
                "true",
                "GERBANG_RATE_LIMITS",
                "off")));
        http = new Http(node.port());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aPausedPostgresCostsRequestsThatNeedOnlyRedisNothing() throws Exception {
        String bearer =
                "Bearer " + login("100000001").data().path("access_token").asText();
        assertThat(http.get("/api/v1/auth/me", "Authorization", bearer).status())
                .isEqualTo(200);
        EmbeddedPostgresServer postgres = stores().embeddedPostgres().orElseThrow();

        AtomicBoolean posting = new AtomicBoolean(true);
        Map<Integer, Integer> answers = new ConcurrentHashMap<>();
        ExecutorService load = Executors.newFixedThreadPool(16);
        signal("STOP", postgres.pid());
        try {
            for (int i = 0; i < 16; i++) {
                load.submit(() -> {
                    while (posting.get()) {
                        int status = http.post(
                                        "/api/v1/tasks/1/messages",
                                        "{\"message\":\"while the database sleeps\"}",
                                        "Authorization",
                                        bearer)
                                .status();
                        answers.merge(status, 1, Integer::sum);
                    }
                });
            }
            // /auth/me needs Redis and the cached profile only: it stays fast while posts wait for PostgreSQL
            for (int i = 0; i < 30; i++) {
                long started = System.nanoTime();
                assertThat(http.get("/api/v1/auth/me", "Authorization", bearer).status())
                        .isEqualTo(200);
                assertThat(http.get("/health").status()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            }
            // and those that need PostgreSQL are told so: 503, not a hang
            await().atMost(Duration.ofSeconds(15)).until(() -> answers.containsKey(503));
        } finally {
            signal("CONT", postgres.pid());
            posting.set(false);
            load.shutdown();
            assertThat(load.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(answers.keySet()).as("every answer was a post or a refusal").isSubsetOf(201, 503);
        await().atMost(Duration.ofSeconds(15))
                .until(() ->
                        http.post("/api/v1/tasks/1/messages", "{\"message\":\"awake again\"}", "Authorization", bearer)
                                        .status()
                                == 201);
    }

    @Test
    void aKilledRedisIsBackWithinSecondsWithItsSessions() throws Exception {
        Answer login = login("100000003");
        String bearer = "Bearer " + login.data().path("access_token").asText();
        String session = sessionOf(login.data().path("access_token").asText());
        // Redis writes its append-only file every second: the session is safe once it is in it
        await().atMost(Duration.ofSeconds(5)).until(() -> onDisk(dataDir.resolve("redis"), session));

        EmbeddedRedisServer redis = stores().embeddedRedis().orElseThrow();
        killAndAwaitReady("Redis", redis.pid(), () -> stores().embeddedRedis().orElseThrow() != redis);
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        http.get("/api/v1/auth/me", "Authorization", bearer).status() == 200);
        assertThat(http.get("/health").data().path("stores").path("redis").asText())
                .isEqualTo("RUNNING");
    }

    @Test
    void aKilledPostgresIsBackWithinSeconds() {
        String bearer =
                "Bearer " + login("800000001").data().path("access_token").asText();
        EmbeddedPostgresServer postgres = stores().embeddedPostgres().orElseThrow();
        killAndAwaitReady(
                "PostgreSQL", postgres.pid(), () -> stores().embeddedPostgres().orElseThrow() != postgres);
        await().atMost(Duration.ofSeconds(10))
                .until(() -> http.get("/api/v1/users?limit=5", "Authorization", bearer)
                                .status()
                        == 200);
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    /**
     * Kills the engine, waits for /ready once a new one runs, then for a sign-in to go through (the pools
     * replace the connections the dead engine left them); prints how long each took (bench/README).
     */
    private static void killAndAwaitReady(String engine, long pid, java.util.concurrent.Callable<Boolean> replaced) {
        long killedAt = System.nanoTime();
        signal("KILL", pid);
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> replaced.call() && http.get("/ready").status() == 200);
        long ready = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt);
        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> http.login("100000001").status() == 200);
        System.out.printf(
                "embedded %s killed: /ready 200 again after %d ms, sign-ins after %d ms%n",
                engine, ready, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt));
    }

    private static StoreEndpoints stores() {
        return node.component(StoreEndpoints.class);
    }

    private static Answer login(String identity) {
        Answer login = http.login(identity);
        assertThat(login.status()).isEqualTo(200);
        return login;
    }

    /** The sid claim of an access token (its payload is plain base64url JSON). */
    private static String sessionOf(String accessToken) throws IOException {
        String payload = new String(Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]), StandardCharsets.UTF_8);
        return new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(payload)
                .path("sid")
                .asText();
    }

    private static boolean onDisk(Path redisDir, String text) throws IOException {
        try (Stream<Path> files = Files.walk(redisDir)) {
            for (Path file : files.filter(path -> path.getFileName().toString().contains(".aof"))
                    .toList()) {
                if (Files.readString(file, StandardCharsets.ISO_8859_1).contains(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Sends the signal to the process and to every process it started (PostgreSQL's backends). */
    private static void signal(String signal, long pid) {
        assertThat(pid).isPositive();
        List<String> command = new ArrayList<>(List.of("kill", "-" + signal, String.valueOf(pid)));
        ProcessHandle.of(pid)
                .ifPresent(process -> process.descendants().forEach(child -> command.add(String.valueOf(child.pid()))));
        try {
            Process kill = new ProcessBuilder(command).inheritIO().start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS)).isTrue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
