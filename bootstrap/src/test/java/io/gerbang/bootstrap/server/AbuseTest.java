package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.RawWebSocket;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a stranger can do to a node with no token or with an ordinary one: stall request bodies, send
 * oversized or unmasked frames, stop reading, vanish mid-join. None of it may cost anyone else anything.
 */
class AbuseTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static GerbangServer node;
    private static Http http;

    @BeforeAll
    static void start() {
        node = TestGerbang.cluster().startNode(Map.of("GERBANG_RATE_LIMITS", "on")); // the frame limit is the point
        http = new Http(node.port());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void thirtyTwoStalledBodiesHoldNoThreadAndEachGetsA408InTheEnvelope() throws IOException {
        String bearer = bearer("100000001");
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 32; i++) {
                Socket socket = new Socket("127.0.0.1", node.port());
                socket.getOutputStream()
                        .write(("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n"
                                        + "Content-Type: application/json\r\nContent-Length:"
                                        + " 1000\r\n\r\n{\"user_identity\":")
                                .getBytes(StandardCharsets.US_ASCII));
                stalled.add(socket);
            }
            // everyone else is served as if nothing were stalled (before: 4 stalls froze the node for 6 s+)
            for (int i = 0; i < 20; i++) {
                long started = System.nanoTime();
                assertThat(http.get("/health").status()).isEqualTo(200);
                assertThat(http.get("/api/v1/auth/me", "Authorization", bearer).status())
                        .isEqualTo(200);
                assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
            }
            Socket first = stalled.get(0);
            first.setSoTimeout(15_000);
            String answer = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 408");
            assertThat(answer)
                    .contains("X-Request-ID: ")
                    .contains("\"code\":\"REQUEST_TIMEOUT\"")
                    .contains("\"success\":false");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void pathsThatOnlyMeanSomethingDecodedAreA400InTheEnvelope() throws IOException {
        for (String path : new String[] {
            "/console/..%2flogback.xml",
            "/%2e%2e/",
            "/x/%00",
            "/api/v1/%2E%2E/users",
            "/docs/%2e/index.html",
            "/api/v1/users/%5c..",
            "/api/v1/users/%0d%0aX:%20y",
            "/api/v1/users/%zz",
            "/console/../logback.xml"
        }) {
            try (Socket socket = new Socket("127.0.0.1", node.port())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream()
                        .write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                                .getBytes(StandardCharsets.US_ASCII));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(answer)
                        .as(path)
                        .startsWith("HTTP/1.1 400")
                        .contains("X-Request-ID: ")
                        .contains("\"code\":\"BAD_REQUEST\"")
                        .contains("\"success\":false");
            }
        }
        // a path with ordinary escapes is still served
        assertThat(http.get("/api/v1/auth/me%20").status()).isEqualTo(404);
        assertThat(http.get("/health").status()).isEqualTo(200);
    }

    @Test
    void framesOverSixtyFourKibAreClosedWith1009WhateverTheirSize() {
        String token = token("100000001");
        for (int size : new int[] {65_537, 100_000, 300_000, 3_000_000}) {
            try (RawWebSocket socket = RawWebSocket.open(node.port(), token, 0)) {
                byte[] frame = new byte[size];
                java.util.Arrays.fill(frame, (byte) 'a');
                try {
                    socket.send(frame, true);
                } catch (java.io.UncheckedIOException cutWhileWriting) {
                    // the server may close before the last byte is written; the close frame is what counts
                }
                assertThat(socket.closeCode()).as("a frame of %d bytes", size).isIn(1009, -1);
            }
        }
        try (RawWebSocket socket = RawWebSocket.open(node.port(), token, 0)) {
            socket.send(new byte[70_000], true);
            assertThat(socket.closeCode()).as("a frame the server read whole").isEqualTo(1009);
        }
        try (RawWebSocket atTheLimit = RawWebSocket.open(node.port(), token, 0)) {
            String ping = "{\"type\":\"ping\",\"ref\":1,\"pad\":\"" + "a".repeat(65_536 - 32) + "\"}";
            assertThat(ping.length()).isEqualTo(65_536);
            atTheLimit.sendText(ping);
            assertThat(atTheLimit.nextText()).contains("\"pong\"");
        }
    }

    @Test
    void aFloodIsRefusedThenClosedWith4429() {
        try (RawWebSocket flooder = RawWebSocket.open(node.port(), token("100000001"), 0)) {
            // in one write, so that the server has read all of it when it closes: no reset can beat the close
            flooder.sendBurst("{\"type\":\"ping\"}", 400);
            assertThat(flooder.closeCode()).isEqualTo(4429);
        }
    }

    @Test
    void anUnmaskedClientFrameIsAProtocolError() {
        try (RawWebSocket socket = RawWebSocket.open(node.port(), token("100000001"), 0)) {
            socket.send("{\"type\":\"ping\"}".getBytes(StandardCharsets.UTF_8), false);
            assertThat(socket.closeCode()).isEqualTo(1002);
        }
    }

    @Test
    void aSlowReaderIsClosedWhileItsNeighbourHearsEverything() throws Exception {
        String naruto = token("100000001");
        String kakashi = token("100000003");
        try (RawWebSocket slow = RawWebSocket.open(node.port(), kakashi, 4096);
                RawWebSocket neighbour = RawWebSocket.open(node.port(), naruto, 0)) {
            slow.sendText("{\"type\":\"join_task\",\"task_id\":1,\"ref\":1}");
            neighbour.sendText("{\"type\":\"join_task\",\"task_id\":1,\"ref\":1}");
            await().atMost(Duration.ofSeconds(5))
                    .until(() -> neighbour.nextText().contains("\"ack\""));
            await().atMost(Duration.ofSeconds(5)).until(() -> presence().contains("Kakashi Hatake"));

            int messages = 1_500;
            AtomicInteger heard = new AtomicInteger();
            ExecutorService listener = Executors.newSingleThreadExecutor();
            Future<?> listening = listener.submit(() -> {
                String frame;
                while (heard.get() < messages && (frame = neighbour.nextText()) != null) {
                    if (frame.contains("\"new_message\"")) {
                        heard.incrementAndGet();
                    }
                }
            });
            // 1,500 messages of 3,900 characters (about 6 MB) to the room: far more than the kernel buffers hold
            String body = JSON.writeValueAsString(Map.of("message", "x".repeat(3_900)));
            ExecutorService posters = Executors.newFixedThreadPool(4);
            List<Future<Integer>> posted = new ArrayList<>();
            for (int i = 0; i < messages; i++) {
                posted.add(posters.submit(
                        () -> http.post("/api/v1/tasks/1/messages", body, "Authorization", "Bearer " + naruto)
                                .status()));
            }
            for (Future<Integer> status : posted) {
                assertThat(status.get()).isEqualTo(201);
            }
            posters.shutdown();
            listening.get(60, java.util.concurrent.TimeUnit.SECONDS);
            listener.shutdown();

            assertThat(heard.get()).as("the neighbour hears every message").isEqualTo(messages);
            assertThat(slow.endedByServer()).as("the slow reader was closed").isTrue();
        }
    }

    @Test
    void socketsThatVanishRightAfterJoiningLeaveNoOneBehind() {
        String kakashi = token("100000003");
        for (int i = 0; i < 40; i++) {
            RawWebSocket socket = RawWebSocket.open(node.port(), kakashi, 0);
            socket.sendText("{\"type\":\"join_task\",\"task_id\":1}");
            socket.reset();
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> !presence().contains("Kakashi Hatake"));
    }

    private static String presence() {
        Answer answer = http.get("/api/v1/tasks/1/presence", "Authorization", bearer("100000001"));
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    private static String token(String identity) {
        Answer login = http.login(identity);
        assertThat(login.status()).isEqualTo(200);
        return login.data().path("access_token").asText();
    }

    private static String bearer(String identity) {
        return "Bearer " + token(identity);
    }
}
