package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The {@code /ws} door's heartbeat: a ping frame to every socket each heartbeat interval. A client that answers
 * (every WebSocket client sends the pong by itself) stays open however long it says nothing; one that answers
 * nothing is closed as gone (1001), rather than held until the transport's idle timer cuts it without a word.
 * Played on a node whose heartbeat is one second (a ping a second, an answer within one more).
 */
class QuietSocketsTest {

    private static GerbangServer node;
    private static Http http;

    @BeforeAll
    static void start() {
        node = TestGerbang.cluster()
                .startNode(Map.of(
                        "GERBANG_SOCKETIO_PING_INTERVAL", "1000",
                        "GERBANG_SOCKETIO_PING_TIMEOUT", "1000"));
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
    void aClientThatSaysNothingButAnswersPingsStaysOpen() {
        AtomicInteger pings = new AtomicInteger();
        CompletableFuture<Integer> closed = new CompletableFuture<>();
        WebSocket socket = HttpClient.newHttpClient()
                .newWebSocketBuilder()
                .header("Authorization", "Bearer " + token())
                .buildAsync(URI.create("ws://127.0.0.1:" + node.port() + "/ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
                        pings.incrementAndGet();
                        webSocket.request(1);
                        return null;
                    }

                    @Override
                    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                        closed.complete(statusCode);
                        return null;
                    }
                })
                .join();

        // four pings take over three seconds: past the two a client may stay silent, were its pongs not heard
        await().atMost(Duration.ofSeconds(10)).until(() -> pings.get() >= 4 || closed.isDone());
        assertThat(closed).as("answering pings is enough to stay").isNotDone();
        assertThat(pings.get()).isGreaterThanOrEqualTo(4);
        socket.abort();
    }

    @Test
    void aClientThatAnswersNothingIsClosedAsGone() throws IOException {
        try (Socket tcp = new Socket("127.0.0.1", node.port())) {
            tcp.setSoTimeout(10_000);
            OutputStream out = tcp.getOutputStream();
            out.write(("GET /ws HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
                            + "Authorization: Bearer " + token() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            DataInputStream in = new DataInputStream(tcp.getInputStream());
            assertThat(responseHead(in)).startsWith("HTTP/1.1 101");

            // a client that reads what it is sent but never writes a byte: no pong
            List<Integer> opcodes = new ArrayList<>();
            int closeCode = -1;
            try {
                while (closeCode < 0) {
                    int opcode = in.readUnsignedByte() & 0x0F;
                    int length = in.readUnsignedByte() & 0x7F;
                    byte[] payload = in.readNBytes(length == 126 ? in.readUnsignedShort() : length);
                    opcodes.add(opcode);
                    if (opcode == 0x8) {
                        closeCode = ((payload[0] & 0xFF) << 8) | (payload[1] & 0xFF);
                    }
                }
            } catch (EOFException cutWithoutAWord) {
                // the close code stays -1: the assertion below says so
            }
            assertThat(opcodes)
                    .as("frames heard: pings (9), then the close (8)")
                    .contains(0x9, 0x8);
            assertThat(closeCode).isEqualTo(1001);
        }
    }

    private static String responseHead(DataInputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            head.write(in.readUnsignedByte());
        }
        return head.toString(StandardCharsets.US_ASCII);
    }
}
