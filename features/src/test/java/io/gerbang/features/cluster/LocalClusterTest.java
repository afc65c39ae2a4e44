package io.gerbang.features.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cucumber.junit.platform.engine.Constants;
import io.gerbang.features.steps.NodeScripts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

/**
 * The local cluster of {@code deploy/} as an operator starts it ({@code deploy/local-cluster.sh up}): HAProxy in front
 * of three nodes of the built jar, one PostgreSQL, a Redis Cluster of three masters. Everything goes through HAProxy,
 * as a deployment's clients would: the specs of sign-in, refresh, sign-out and both chat doors, seed 001's story and
 * connection state recovery with the official client, a rolling restart under load, a node killed under chat load, a
 * Redis master paused.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalClusterTest {

    private static final int BASE = 18390;
    private static final String URL = "http://127.0.0.1:" + BASE;
    private static final Path SCRIPT =
            Path.of("../deploy/local-cluster.sh").toAbsolutePath().normalize();
    private static final Path DIR = Path.of("target/local-cluster").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void up() throws Exception {
        cluster("down");
        NodeScripts.Outcome up = cluster("up");
        assertThat(up.exit()).as(up.output()).isZero();
        NodeScripts.prepare(List.of(
                Path.of("src/test/node/seed-001-story.js"),
                Path.of("src/test/node/recovery-story.js"),
                Path.of("src/test/node/rolling-chat.js"),
                Path.of("src/test/node/story-steps.js")));
    }

    @AfterAll
    static void down() throws Exception {
        cluster("down");
    }

    private static NodeScripts.Outcome cluster(String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        line.addAll(List.of(command));
        return NodeScripts.run(
                DIR.getParent(),
                line,
                Map.of(
                        "GERBANG_CLUSTER_PORT", Integer.toString(BASE),
                        "GERBANG_CLUSTER_DIR", DIR.toString(),
                        "GERBANG_JAR",
                                Path.of("../bootstrap/target/gerbang.jar")
                                        .toAbsolutePath()
                                        .normalize()
                                        .toString(),
                        // the load below signs in and refreshes far more often than a person may
                        "GERBANG_RATE_LIMITS", "off"));
    }

    private static void step(String... command) throws IOException, InterruptedException {
        NodeScripts.Outcome outcome = cluster(command);
        assertThat(outcome.exit())
                .as(String.join(" ", command) + ": " + outcome.output())
                .isZero();
    }

    /** Until the chat's listeners are in their room (the story says so); a story that failed first fails here. */
    private static void listening(Path chatLog) {
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    String said = Files.readString(chatLog);
                    assertThat(said).doesNotContain("FAIL");
                    return said.contains("ok: listening");
                });
    }

    /**
     * The specs of signing in, sessions and refresh, signing out and both chat doors, run first (on the fresh demo
     * data, as the in-process run has them) with every request through HAProxy: "node A" and "node B" of a spec are
     * both the balancer, which sends them wherever it chooses. Left out: the scenarios that need the request limits
     * on or native tokens that live three seconds (this cluster runs with neither) and the few that read the stores
     * directly (tagged {@code @stores-of-one-pair}).
     */
    @Test
    @Order(1)
    void theSpecsOfSignInRefreshAndChatPassThroughTheBalancer() throws Exception {
        LauncherDiscoveryRequest specs = LauncherDiscoveryRequestBuilder.request()
                .selectors(DiscoverySelectors.selectClasspathResource("features"))
                .configurationParameter(Constants.GLUE_PROPERTY_NAME, "io.gerbang.features.steps")
                .configurationParameter(Constants.PLUGIN_PUBLISH_QUIET_PROPERTY_NAME, "true")
                .configurationParameter(Constants.PLUGIN_PROPERTY_NAME, "summary")
                .configurationParameter(
                        Constants.FILTER_TAGS_PROPERTY_NAME,
                        "@through-a-balancer and not @limits-on and not @short-tokens and not @stores-of-one-pair")
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        System.setProperty("gerbang.features.balancer-port", Integer.toString(BASE));
        try {
            LauncherFactory.create().execute(specs, summary);
        } finally {
            System.clearProperty("gerbang.features.balancer-port");
        }
        java.io.StringWriter failures = new java.io.StringWriter();
        summary.getSummary().printFailuresTo(new java.io.PrintWriter(failures), 20);
        System.out.println("specs through HAProxy: " + summary.getSummary().getTestsSucceededCount() + " passed, "
                + summary.getSummary().getTestsFailedCount() + " failed");
        assertThat(summary.getSummary().getTestsFailedCount())
                .as(failures.toString())
                .isZero();
        assertThat(summary.getSummary().getTestsAbortedCount())
                .as(failures.toString())
                .isZero();
        assertThat(summary.getSummary().getTestsSucceededCount()).isGreaterThan(40);
        for (int node = 1; node <= 3; node++) {
            assertThat(signInsServed(BASE + node))
                    .as("sign-ins node " + node + " served")
                    .isPositive();
        }
    }

    /** How many sign-ins one node has answered, by its own {@code /metrics}. */
    private static long signInsServed(int port) throws Exception {
        HttpResponse<String> metrics = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(metrics.statusCode()).isEqualTo(200);
        return metrics.body()
                .lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{") && line.contains("auth/login\""))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void seed001sStoryAndConnectionRecoveryPassThroughTheBalancer() throws Exception {
        for (String script : List.of("seed-001-story.js", "recovery-story.js")) {
            NodeScripts.Outcome story = NodeScripts.run(NodeScripts.WORK, List.of("node", script, URL, URL), Map.of());
            assertThat(story.exit()).as(story.output()).isZero();
            assertThat(story.output()).contains("every step passed");
        }
    }

    @Test
    void aRollingRestartUnderLoadFailsNoRequestAndLosesNoMessage() throws Exception {
        long before = newestMessage();
        Load load = Load.start(4);
        WsMember ws = WsMember.join("100000001");
        Chat chat = Chat.start("rolling", false);

        for (int node = 1; node <= 3; node++) {
            System.out.println("restarting node " + node + " at " + java.time.Instant.now());
            step("restart", Integer.toString(node));
        }
        load.stop();

        String chatOutput = chat.finish();
        System.out.println("rolling restart, chat:\n" + chatOutput + "\nHTTP: " + load.requests + " requests, "
                + load.failures.size() + " failed");
        assertThat(load.requests.get()).isGreaterThan(100);
        assertThat(load.failures).as("failed HTTP requests").isEmpty();
        ws.heardEachOnce(storedSince(before));
    }

    @Test
    void aKilledNodesSocketsComeBackElsewhereAndMissNothing() throws Exception {
        long before = newestMessage();
        WsMember ws = WsMember.join("100000001");
        Chat chat = Chat.start("killed", true);

        for (int node = 1; node <= 3; node++) {
            step("kill", Integer.toString(node));
            step("start", Integer.toString(node));
        }

        System.out.println("kill -9, chat:\n" + chat.finish());
        ws.heardEachOnce(storedSince(before));
    }

    /** The id of task 1's newest message, 0 when there is none. */
    private static long newestMessage() throws Exception {
        JsonNode page = JSON.readTree(get("/api/v1/tasks/1/messages?limit=1", accessToken("100000003"))
                .body());
        return page.path("data").path(0).path("id").asLong(0);
    }

    /** The ids of task 1's messages stored after {@code before}, read back from its history. */
    private static List<Long> storedSince(long before) throws Exception {
        String token = accessToken("100000003");
        List<Long> stored = new ArrayList<>();
        String cursor = null;
        while (true) {
            JsonNode page = JSON.readTree(
                    get("/api/v1/tasks/1/messages?limit=100" + (cursor == null ? "" : "&cursor=" + cursor), token)
                            .body());
            boolean older = false;
            for (JsonNode message : page.path("data")) {
                if (message.path("id").asLong() > before) {
                    stored.add(message.path("id").asLong());
                } else {
                    older = true;
                }
            }
            JsonNode pagination = page.path("meta").path("pagination");
            if (older || !pagination.path("has_next").asBoolean()) {
                return stored;
            }
            cursor = java.net.URLEncoder.encode(
                    pagination.path("next_cursor").asText(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /**
     * A member of task 1 on {@code /ws}, through HAProxy, as a front end written for it behaves: when its socket
     * closes (1012 from a node that stops, or a node that dies) it connects again, wherever the balancer sends it,
     * and joins with {@code since}, the last message it heard.
     */
    private static final class WsMember implements java.net.http.WebSocket.Listener {

        private final String token;
        private final List<Long> heard = java.util.Collections.synchronizedList(new ArrayList<>());
        private final List<Long> gaps = java.util.Collections.synchronizedList(new ArrayList<>());
        private final java.util.concurrent.ScheduledExecutorService again =
                java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        private final StringBuilder partial = new StringBuilder();
        private volatile long last;
        private volatile long lostAt;
        private volatile boolean joined;

        private WsMember(String token) {
            this.token = token;
        }

        static WsMember join(String identity) throws Exception {
            WsMember member = new WsMember(accessToken(identity));
            member.connect();
            await().atMost(Duration.ofSeconds(10)).until(() -> member.joined);
            return member;
        }

        private void connect() {
            HTTP.newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + BASE + "/ws"), this)
                    .whenComplete((socket, failed) -> {
                        if (failed != null) {
                            lost();
                        } else {
                            socket.sendText(
                                    "{\"type\":\"join_task\",\"task_id\":1,\"ref\":1"
                                            + (last > 0 ? ",\"since\":" + last : "") + "}",
                                    true);
                        }
                    });
        }

        /** Lost: connect again in a tenth of a second, as a client's back-off does. */
        private void lost() {
            if (again.isShutdown()) {
                return;
            }
            if (lostAt == 0) {
                lostAt = System.nanoTime();
            }
            again.schedule(this::connect, 100, TimeUnit.MILLISECONDS);
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(
                java.net.http.WebSocket socket, CharSequence data, boolean whole) {
            partial.append(data);
            if (whole) {
                try {
                    JsonNode frame = JSON.readTree(partial.toString());
                    if (frame.path("type").asText().equals("ack")) {
                        joined = true;
                        if (lostAt != 0) {
                            gaps.add(
                                    Duration.ofNanos(System.nanoTime() - lostAt).toMillis());
                            lostAt = 0;
                        }
                    } else if (frame.path("type").asText().equals("new_message")) {
                        long id = frame.path("message").path("id").asLong();
                        heard.add(id);
                        last = Math.max(last, id);
                    }
                } catch (IOException malformed) {
                    throw new java.io.UncheckedIOException(malformed);
                }
                partial.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onClose(
                java.net.http.WebSocket socket, int status, String reason) {
            lost();
            return null;
        }

        @Override
        public void onError(java.net.http.WebSocket socket, Throwable error) {
            lost();
        }

        /** Every one of these heard exactly once (waiting a while for the last ones), each absence under 5 s. */
        void heardEachOnce(List<Long> stored) {
            await().atMost(Duration.ofSeconds(10)).until(() -> heard.containsAll(stored));
            again.shutdownNow();
            List<Long> once = new ArrayList<>(heard);
            once.retainAll(stored);
            System.out.println("/ws member: heard " + once.size() + " of " + stored.size() + " stored, reconnected "
                    + gaps.size() + " times, gaps " + gaps + " ms");
            assertThat(once)
                    .as("each stored message heard once")
                    .hasSameSizeAs(stored)
                    .doesNotHaveDuplicates();
            assertThat(gaps).as("back within 5 s").allMatch(gap -> gap < 5_000);
            assertThat(gaps).as("the member was moved at least once").isNotEmpty();
        }
    }

    @Test
    void aStickyCookieNamingANodeThatIsGoneGivesAFreshSessionElsewhere() throws Exception {
        HttpResponse<String> first = get("/socket.io/?EIO=4&transport=polling", null);
        String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(cookie).startsWith("GERBANG_NODE=node");
        String node = cookie.substring("GERBANG_NODE=node".length(), cookie.indexOf(';'));

        step("stop", node);
        try {
            HttpResponse<String> again = HTTP.send(
                    HttpRequest.newBuilder(URI.create(URL + "/socket.io/?EIO=4&transport=polling"))
                            .header("Cookie", "GERBANG_NODE=node" + node)
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
            assertThat(again.body()).startsWith("0{\"sid\":");
            assertThat(again.headers().firstValue("Set-Cookie").orElseThrow())
                    .as("sent to another node")
                    .doesNotStartWith("GERBANG_NODE=node" + node + ";");
        } finally {
            step("start", node);
        }
    }

    /** The chat story of rolling-chat.js through HAProxy, listening before the test goes on, until told to stop. */
    private record Chat(Process process, Path log, Path stop) {

        static Chat start(String name, boolean postsMayFail) throws IOException {
            Path log = Files.createTempFile(NodeScripts.WORK, name, ".log");
            Path stop = NodeScripts.WORK.resolve("stop-" + name);
            Files.deleteIfExists(stop);
            Process process = new ProcessBuilder(
                            "node",
                            "rolling-chat.js",
                            URL,
                            "240",
                            "websocket",
                            postsMayFail ? "yes" : "no",
                            stop.toString())
                    .directory(NodeScripts.WORK.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            listening(log);
            return new Chat(process, log, stop);
        }

        /** Stops the posts, waits for the story's verdict, and holds the test to it; what it said. */
        String finish() throws Exception {
            Files.writeString(stop, "done");
            assertThat(process.waitFor(3, TimeUnit.MINUTES)).isTrue();
            String output = Files.readString(log);
            assertThat(process.exitValue()).as(output).isZero();
            return output;
        }
    }

    @Test
    void aPausedRedisMasterGives503InBoundedTimeWhereItIsNeededAndNothingElseStalls() throws Exception {
        String naruto = accessToken("100000001");
        List<String> others = new ArrayList<>();
        for (String identity : List.of("100000002", "100000003", "800000001")) {
            others.add(accessToken(identity));
        }
        int master = masterHolding("{1:2}"); // Naruto's sessions: tenant 1, user 2
        List<String> elsewhere = new ArrayList<>();
        for (int i = 0; i < others.size(); i++) {
            if (masterHolding("{1:" + List.of(3, 4, 1).get(i) + "}") != master) {
                elsewhere.add(others.get(i));
            }
        }

        step("pause-redis", Integer.toString(master));
        try {
            long started = System.nanoTime();
            HttpResponse<String> paused = me(naruto);
            long took = System.nanoTime() - started;
            assertThat(paused.statusCode()).as(paused.body()).isEqualTo(503);
            System.out.println("a request that needs the paused master: " + paused.statusCode() + " after "
                    + Duration.ofNanos(took).toMillis() + " ms");
            assertThat(Duration.ofNanos(took)).as("the answer's wait").isLessThan(Duration.ofSeconds(5));
            for (String token : elsewhere) {
                long before = System.nanoTime();
                HttpResponse<String> answer = me(token);
                assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
            }
            assertThat(get("/health", null).statusCode()).as("liveness").isEqualTo(200);
        } finally {
            step("resume-redis", Integer.toString(master));
        }

        // back without a restart
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> me(naruto).statusCode() == 200);
    }

    /** Which master (1 to 3, as the script numbers them) holds the slot of this hash tag. */
    private static int masterHolding(String tag) throws Exception {
        int firstRedis = BASE + 11;
        String slotText = redisCli(firstRedis, "cluster", "keyslot", tag).strip();
        int slot = Integer.parseInt(slotText);
        for (String line : redisCli(firstRedis, "cluster", "nodes").split("\n")) {
            String[] fields = line.strip().split(" ");
            if (fields.length < 9 || !fields[2].contains("master")) {
                continue;
            }
            int port = Integer.parseInt(fields[1].substring(fields[1].indexOf(':') + 1, fields[1].indexOf('@')));
            for (int i = 8; i < fields.length; i++) {
                String[] range = fields[i].split("-");
                int from = Integer.parseInt(range[0]);
                int to = range.length > 1 ? Integer.parseInt(range[1]) : from;
                if (slot >= from && slot <= to) {
                    return port - BASE - 10;
                }
            }
        }
        throw new IllegalStateException("no master holds slot " + slot);
    }

    private static String redisCli(int port, String... command) throws Exception {
        List<String> line = new ArrayList<>(List.of("redis-cli", "-p", Integer.toString(port)));
        line.addAll(List.of(command));
        NodeScripts.Outcome outcome = NodeScripts.run(DIR.getParent(), line, Map.of());
        assertThat(outcome.exit()).as(outcome.output()).isZero();
        return outcome.output();
    }

    private static String accessToken(String identity) throws Exception {
        HttpResponse<String> login = post(
                "/api/v1/auth/login", "{\"user_identity\":\"" + identity + "\",\"password\":\"password123\"}", null);
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        return JSON.readTree(login.body()).path("data").path("access_token").asText();
    }

    private static HttpResponse<String> me(String token) throws Exception {
        return get("/api/v1/auth/me", token);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(URL + path)).timeout(Duration.ofSeconds(20));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(URL + path))
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(
                request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** People signing in, reading /me and refreshing in a loop, each failure kept. */
    private static final class Load {

        final AtomicLong requests = new AtomicLong();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> workers = new ArrayList<>();

        static Load start(int people) {
            Load load = new Load();
            List<String> identities = List.of("100000001", "100000002", "100000003", "800000001");
            for (int i = 0; i < people; i++) {
                String identity = identities.get(i % identities.size());
                Thread worker = new Thread(() -> load.run(identity), "load-" + i);
                load.workers.add(worker);
                worker.start();
            }
            return load;
        }

        private void run(String identity) {
            while (running.get()) {
                try {
                    HttpResponse<String> login = counted(post(
                            "/api/v1/auth/login",
                            "{\"user_identity\":\"" + identity + "\",\"password\":\"password123\"}",
                            null));
                    JsonNode tokens = JSON.readTree(login.body()).path("data");
                    String access = tokens.path("access_token").asText();
                    String refresh = tokens.path("refresh_token").asText();
                    for (int i = 0; i < 10 && running.get(); i++) {
                        counted(me(access));
                        HttpResponse<String> refreshed =
                                counted(post("/api/v1/auth/refresh", "{\"refresh_token\":\"" + refresh + "\"}", null));
                        JsonNode pair = JSON.readTree(refreshed.body()).path("data");
                        access = pair.path("access_token").asText(access);
                        refresh = pair.path("refresh_token").asText(refresh);
                    }
                } catch (Exception failed) {
                    failures.add(failed.toString());
                }
            }
        }

        private HttpResponse<String> counted(HttpResponse<String> answer) {
            requests.incrementAndGet();
            if (answer.statusCode() != 200) {
                failures.add(answer.request().uri().getPath() + " " + answer.statusCode() + " " + answer.body());
            }
            return answer;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread worker : workers) {
                worker.join(30_000);
            }
        }
    }
}
