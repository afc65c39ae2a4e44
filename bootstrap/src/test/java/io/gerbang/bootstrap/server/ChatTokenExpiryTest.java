package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A token that expires while its socket is open closes the socket with 4401, unless the client sent a fresh
 * one in an auth frame before. Played on a node whose access tokens live four seconds (whole seconds: up to one less).
 */
class ChatTokenExpiryTest {

    private static GerbangServer node;
    private static Http http;

    @BeforeAll
    static void start() {
        node = TestGerbang.cluster().startNode(Map.of("GERBANG_ACCESS_TTL", "4"));
        http = new Http(node.port());
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    private static String token() {
        return http.accessToken("100000001");
    }

    @Test
    void aTokenThatExpiresClosesItsSocketWith4401() {
        Socket socket = Socket.open(token());

        assertThat(socket.closed.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);
    }

    @Test
    void aFreshTokenInAnAuthFrameKeepsTheSocketOpenUntilThatOneExpires() {
        Socket socket = Socket.open(token());
        long opened = System.nanoTime();
        await().atMost(Duration.ofSeconds(4)).until(() -> System.nanoTime() - opened > 2_500_000_000L);
        socket.send("{\"type\":\"auth\",\"token\":\"" + token() + "\",\"ref\":\"fresh\"}");
        await().atMost(Duration.ofSeconds(2)).until(() -> socket.heard.stream().anyMatch(f -> f.contains("\"ack\"")));

        // past the first token's lifetime, the socket still answers
        await().atMost(Duration.ofSeconds(8)).until(() -> System.nanoTime() - opened > 4_700_000_000L);
        assertThat(socket.closed)
                .as("the first token has expired, the fresh one holds")
                .isNotDone();
        socket.send("{\"type\":\"ping\",\"ref\":\"alive\"}");
        await().atMost(Duration.ofSeconds(2)).until(() -> socket.heard.stream().anyMatch(f -> f.contains("alive")));

        assertThat(socket.closed.orTimeout(10, TimeUnit.SECONDS).join()).isEqualTo(4401);
    }

    private static final class Socket implements WebSocket.Listener {
        final List<String> heard = new CopyOnWriteArrayList<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket;

        static Socket open(String token) {
            Socket listener = new Socket();
            listener.socket = HttpClient.newHttpClient()
                    .newWebSocketBuilder()
                    .header("Authorization", "Bearer " + token)
                    .buildAsync(URI.create("ws://127.0.0.1:" + node.port() + "/ws"), listener)
                    .join();
            return listener;
        }

        void send(String frame) {
            socket.sendText(frame, true).join();
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            heard.add(data.toString());
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }
}
