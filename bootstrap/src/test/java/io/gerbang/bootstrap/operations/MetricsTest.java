package io.gerbang.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.RawWebSocket;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /metrics}: Prometheus text for the allowed addresses, with the meters an operator watches. */
class MetricsTest {

    private static GerbangServer node;
    private static Http http;

    @BeforeAll
    static void start() {
        node = TestGerbang.cluster()
                .startNode(Map.of(
                        "GERBANG_RATE_LIMITS",
                        "on",
                        "GERBANG_REFRESH_GRACE",
                        "0", // a repeat is reuse
                        // the lockout below comes "from" a forwarded address, so its sign-ins have a count of their own
                        "GERBANG_TRUSTED_PROXIES",
                        "127.0.0.1"));
        http = new Http(node.port());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void signInsRefreshesAndRoutesAreCountedByOutcomeAndRouteTemplate() {
        double succeeded = counter("gerbang_sign_ins_total", "outcome=\"succeeded\"");
        double failed = counter("gerbang_sign_ins_total", "outcome=\"failed\"");
        double refreshes = counter("gerbang_refreshes_total", "");
        double reused = counter("gerbang_refresh_reuse_detected_total", "");

        Answer login = http.login("100000001");
        String refresh = login.data().path("refresh_token").asText();
        http.post("/api/v1/auth/login", Map.of("user_identity", "100000001", "password", "wrong-password"));
        http.post("/api/v1/auth/refresh", Map.of("refresh_token", refresh));
        assertThat(http.post("/api/v1/auth/refresh", Map.of("refresh_token", refresh))
                        .code())
                .isEqualTo("REFRESH_TOKEN_REUSED");
        String hasbi =
                "Bearer " + http.login("800000001").data().path("access_token").asText();
        assertThat(http.get("/api/v1/users/2", "Authorization", hasbi).status()).isEqualTo(200);

        assertThat(counter("gerbang_sign_ins_total", "outcome=\"succeeded\"")).isEqualTo(succeeded + 2);
        assertThat(counter("gerbang_sign_ins_total", "outcome=\"failed\"")).isEqualTo(failed + 1);
        assertThat(counter("gerbang_refreshes_total", "")).isEqualTo(refreshes + 1);
        assertThat(counter("gerbang_refresh_reuse_detected_total", "")).isEqualTo(reused + 1);
        String text = scrape();
        // route templates, never raw paths: no user id in a label
        assertThat(text).contains("uri=\"/api/v1/users/{id}\"").doesNotContain("uri=\"/api/v1/users/2\"");
        assertThat(text)
                .containsPattern(
                        "http_server_requests_seconds_count\\{[^}]*status=\"401\"[^}]*uri=\"/api/v1/auth/login\"");
        assertThat(text)
                .containsPattern(
                        "http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/auth/login\",le=\"0\\.05\"\\}");
        assertThat(text)
                .contains(
                        "hikaricp_connections",
                        "jvm_memory_used_bytes",
                        "jvm_gc_",
                        "process_cpu_usage",
                        "gerbang_open_sockets{transport=\"ws\"}",
                        "gerbang_open_sockets{transport=\"socketio\"}",
                        "gerbang_rate_limit_refusals_total{limit=\"refresh\"}");
    }

    @Test
    void aRateLimitRefusalIsCountedByItsLimit() {
        double before = counter("gerbang_rate_limit_refusals_total", "limit=\"checks\"");
        String bearer =
                "Bearer " + http.login("100000002").data().path("access_token").asText();
        int refused = 0;
        for (int i = 0; i < 21; i++) {
            refused +=
                    http.get("/api/v1/auth/sessions", "Authorization", bearer).status() == 429 ? 1 : 0;
        }

        assertThat(refused).isEqualTo(1);
        assertThat(counter("gerbang_rate_limit_refusals_total", "limit=\"checks\""))
                .isEqualTo(before + 1);
    }

    @Test
    void aLockedAccountAndAddressIsCountedAsItsLimitsRefusal() {
        double before = counter("gerbang_rate_limit_refusals_total", "limit=\"fail-pair\"");
        for (int i = 0; i < 5; i++) {
            http.post(
                    "/api/v1/auth/login",
                    Map.of("user_identity", "100000003", "password", "wrong-password"),
                    "X-Forwarded-For",
                    "10.9.0.1");
        }
        assertThat(http.post(
                                "/api/v1/auth/login",
                                Map.of("user_identity", "100000003", "password", "password123"),
                                "X-Forwarded-For",
                                "10.9.0.1")
                        .status())
                .isEqualTo(429);

        assertThat(counter("gerbang_rate_limit_refusals_total", "limit=\"fail-pair\""))
                .isEqualTo(before + 1);
        assertThat(scrape()).contains("gerbang_security_events_total{event=\"password_changed\"}");
    }

    @Test
    void anAddressThatIsNotAllowedFindsNothingThere() throws IOException {
        String answer = getFrom("127.0.0.2", "/metrics");

        assertThat(answer)
                .startsWith("HTTP/1.1 404")
                .contains("\"code\":\"NOT_FOUND\"")
                .doesNotContain("jvm_");
        assertThat(getFrom("127.0.0.1", "/metrics")).startsWith("HTTP/1.1 200").contains("jvm_memory_used_bytes");
    }

    @Test
    void storeRoundTripsAndRoomDeliveriesAreCountedAndTimed() {
        double postgres = counter("gerbang_store_round_trips_seconds_count", "store=\"postgresql\"");
        double redis = counter("gerbang_store_round_trips_seconds_count", "store=\"redis\"");
        double events = counter("gerbang_room_deliveries_seconds_count", "");
        double frames = counter("gerbang_room_delivered_frames_total", "");

        String token = http.login("100000001").data().path("access_token").asText(); // a query, then Redis
        try (RawWebSocket naruto = RawWebSocket.open(node.port(), token, 64 * 1024)) {
            naruto.sendText("{\"type\":\"join_task\",\"task_id\":1,\"ref\":1}");
            while (!naruto.nextText().contains("\"ack\"")) {
                // the presence frame comes first
            }
            naruto.sendText("{\"type\":\"send_message\",\"task_id\":1,\"message\":\"Halo\",\"ref\":2}");
            while (!naruto.nextText().contains("new_message")) {
                // the ack may come first
            }
        }

        assertThat(counter("gerbang_store_round_trips_seconds_count", "store=\"postgresql\""))
                .isGreaterThan(postgres);
        assertThat(counter("gerbang_store_round_trips_seconds_count", "store=\"redis\""))
                .isGreaterThan(redis);
        assertThat(counter("gerbang_store_round_trips_seconds_sum", "store=\"redis\""))
                .isPositive();
        assertThat(counter("gerbang_room_deliveries_seconds_count", "")).isGreaterThan(events);
        assertThat(counter("gerbang_room_delivered_frames_total", "")).isGreaterThan(frames);
        assertThat(scrape())
                .contains(
                        "gerbang_store_failures_total{store=\"postgresql\"}",
                        "gerbang_store_failures_total{store=\"redis\"}");
    }

    private static String scrape() {
        Answer answer = http.get("/metrics");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("text/plain");
        return answer.body();
    }

    /** The value of a sample of that name whose labels include {@code label} (empty: any), or 0. */
    private static double counter(String name, String label) {
        Matcher sample = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? (\\S+)$", Pattern.MULTILINE)
                .matcher(scrape());
        while (sample.find()) {
            if (label.isEmpty() || (sample.group(1) != null && sample.group(1).contains(label))) {
                return Double.parseDouble(sample.group(2));
            }
        }
        return 0;
    }

    /** A plain HTTP/1.1 GET from a given loopback address: to the server, another client. */
    private static String getFrom(String localAddress, String path) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", node.port()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
