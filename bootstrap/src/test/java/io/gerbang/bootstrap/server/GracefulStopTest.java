package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.RawWebSocket;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * A node told to stop (what SIGTERM does: {@code Gerbang}'s shutdown hook) with {@code GERBANG_SHUTDOWN_GRACE=4}:
 * {@code /ready} answers 503 at once while requests are still served, a chat socket is told to reconnect
 * (1012) a second later, and the node has closed its port within the grace.
 */
class GracefulStopTest {

    private static final Duration GRACE = Duration.ofSeconds(4);

    @Test
    void aStoppingNodeLeavesTheBalancerThenItsSocketsThenExitsWithinItsGrace() throws Exception {
        GerbangServer node = TestGerbang.cluster().startNode(Map.of("GERBANG_SHUTDOWN_GRACE", "4"));
        int port = node.port();
        Http http = new Http(port);
        String token = http.login("100000001").data().path("access_token").asText();
        assertThat(http.get("/ready").status()).isEqualTo(200);
        String sid = socketIoConnected(http, token);
        try (RawWebSocket socket = RawWebSocket.open(port, token, 0)) {
            // a polling client always has its next poll waiting at the server, as socket.io-client does: that is
            // where the server's last word reaches it (a poll sent after the node stopped taking requests would not)
            CompletableFuture<String> poll = CompletableFuture.supplyAsync(() ->
                    http.get("/socket.io/?EIO=4&transport=polling&sid=" + sid).body());
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> node.component(io.gerbang.bootstrap.config.TaskRoomConfiguration.SocketIoDoor.class)
                            .engine()
                            .find(sid)
                            .pollWaiting());
            long started = System.nanoTime();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> node.stop(GRACE));

            await().atMost(Duration.ofMillis(800))
                    .until(() -> http.get("/ready").status() == 503);
            assertThat(http.get("/ready").data().path("status").asText()).isEqualTo("STOPPING");
            // still serving while the balancer moves away
            assertThat(http.get("/api/v1/auth/me", "Authorization", "Bearer " + token)
                            .status())
                    .isEqualTo(200);

            assertThat(socket.closeCode())
                    .as("service restart: connect again elsewhere")
                    .isEqualTo(1012);
            // Socket.IO: the transport closes (Engine.IO CLOSE), which the client answers by reconnecting; no
            // Socket.IO DISCONNECT ("41"), which would tell it to stay away
            java.util.List<String> packets =
                    java.util.List.of(poll.get(GRACE.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                            .split("\u001e"));
            assertThat(packets).contains("1").doesNotContain("41");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(900));

            stopping.get(GRACE.toSeconds() + 3, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(GRACE.plusSeconds(2));
        }
        assertThat(refused(port)).as("the port is closed").isTrue();
    }

    /** A Socket.IO session over polling, connected to the main namespace with the token; its id. */
    private static String socketIoConnected(Http http, String token) {
        String handshake = http.get("/socket.io/?EIO=4&transport=polling").body();
        String sid = handshake.replaceAll(".*\"sid\":\"([^\"]+)\".*", "$1");
        Http.Answer sent = http.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(http.base() + "/socket.io/?EIO=4&transport=polling&sid=" + sid))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("40{\"token\":\"" + token + "\"}")));
        assertThat(sent.status()).isEqualTo(200);
        assertThat(http.get("/socket.io/?EIO=4&transport=polling&sid=" + sid).body())
                .startsWith("40{\"sid\"");
        return sid;
    }

    private static boolean refused(int port) {
        try (Socket probe = new Socket("127.0.0.1", port)) {
            return false;
        } catch (IOException closed) {
            return true;
        }
    }
}
