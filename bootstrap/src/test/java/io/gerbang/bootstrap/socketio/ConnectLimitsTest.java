package io.gerbang.bootstrap.socketio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Socket.IO session exists to connect a socket: one whose CONNECTs are all refused still times out, and one
 * that keeps sending CONNECTs (token after token) is closed. Over polling, against the composition the
 * protocol suites use (connect timeout 1 s).
 */
class ConnectLimitsTest {

    private static EchoComposition server;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        server = EchoComposition.start(0);
        http = new Http(server.port());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String open() {
        Answer handshake = http.get("/socket.io/?EIO=4&transport=polling");
        assertThat(handshake.status()).isEqualTo(200);
        String body = handshake.body();
        return body.substring(body.indexOf("\"sid\":\"") + 7, body.indexOf('"', body.indexOf("\"sid\":\"") + 7));
    }

    private static Answer send(String sid, String packets) {
        // HTTP/1.1 without an h2c upgrade offer: the composition has no PlainHttpForOtherUpgrades before Tyrus
        return http.send(
                HttpRequest.newBuilder(URI.create(http.base() + "/socket.io/?EIO=4&transport=polling&sid=" + sid))
                        .version(HttpClient.Version.HTTP_1_1)
                        .POST(HttpRequest.BodyPublishers.ofString(packets)));
    }

    private static Answer poll(String sid) {
        return http.get("/socket.io/?EIO=4&transport=polling&sid=" + sid);
    }

    @Test
    void aSessionWhoseConnectWasRefusedStillTimesOut() {
        String sid = open();
        assertThat(send(sid, "40/refusing,").status()).isEqualTo(200);
        assertThat(poll(sid).body()).contains("44/refusing,{\"message\":\"refused\"}");

        // the connect timeout (1 s) closes it: the session is gone, and a poll says so
        await().atMost(Duration.ofSeconds(10)).until(() -> poll(sid).status() == 400);
    }

    @Test
    void aSessionThatKeepsAskingToConnectIsClosed() {
        String sid = open();
        String connects = String.join(
                "\u001e",
                "40/refusing,",
                "40/refusing,",
                "40/refusing,",
                "40/refusing,",
                "40/refusing,",
                "40/refusing,");
        send(sid, connects);

        await().atMost(Duration.ofMillis(900)).until(() -> poll(sid).status() == 400);
    }

    @Test
    void anAcceptedSocketOutlivesTheConnectTimeout() throws Exception {
        String sid = open();
        send(sid, "40");
        assertThat(poll(sid).body()).startsWith("40{\"sid\"");
        // the ping interval (300 ms) keeps it alive well past the connect timeout while the client answers
        long until = System.nanoTime() + Duration.ofMillis(1500).toNanos();
        while (System.nanoTime() < until) {
            Answer polled = poll(sid);
            assertThat(polled.status()).isEqualTo(200);
            if (polled.body().contains("2")) {
                send(sid, "3");
            }
        }
    }
}
