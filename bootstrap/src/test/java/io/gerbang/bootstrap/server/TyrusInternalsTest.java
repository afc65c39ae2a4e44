package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.websocket.socketio.FrameWriter;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.tyrus.core.TyrusWebSocket;
import org.glassfish.tyrus.spi.ServerContainer;
import org.junit.jupiter.api.Test;

/**
 * {@link TyrusInternals} reaches into members Tyrus keeps package-private: pinned to the release they were read
 * from, and proven on a real Grizzly server with a real client, where the handshake's per-connection user
 * properties (which the chat doors rely on instead of a thread local) are proven too.
 */
class TyrusInternalsTest {

    @Test
    void theTyrusOnTheClassPathIsTheOneTheInternalsWereReadFrom() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = TyrusWebSocket.class.getResourceAsStream(
                "/META-INF/maven/org.glassfish.tyrus/tyrus-core/pom.properties")) {
            assertThat(in).as("tyrus-core's pom.properties").isNotNull();
            pom.load(in);
        }
        assertThat(pom.getProperty("version"))
                .as("a new Tyrus: check WebSocketAddOn's constructor, TyrusRemoteEndpoint.webSocket,"
                        + " TyrusWebSocket.protocolHandler, ProtocolHandler.writer and GrizzlyWriter.connection,"
                        + " then TYRUS_VERSION")
                .isEqualTo(TyrusInternals.TYRUS_VERSION);
    }

    @Test
    void anEncodedFrameReachesTheClientOfEachConnectionWithItsOwnHandshake() throws Exception {
        serving(
                ServerEndpointConfig.Builder.create(EchoTheHandshake.class, "/raw")
                        .configurator(new ServerEndpointConfig.Configurator() {
                            @Override
                            public void modifyHandshake(
                                    ServerEndpointConfig config,
                                    HandshakeRequest request,
                                    jakarta.websocket.HandshakeResponse response) {
                                config.getUserProperties()
                                        .put(
                                                "who",
                                                request.getHeaders()
                                                        .get("X-Who")
                                                        .get(0));
                            }

                            @Override
                            @SuppressWarnings("unchecked")
                            public <T> T getEndpointInstance(Class<T> type) {
                                return (T) new EchoTheHandshake();
                            }
                        })
                        .build(),
                port -> {
                    URI uri = URI.create("ws://127.0.0.1:" + port + "/raw");
                    HttpClient client = HttpClient.newHttpClient();
                    CompletableFuture<String> first = new CompletableFuture<>();
                    CompletableFuture<String> second = new CompletableFuture<>();
                    WebSocket one = client.newWebSocketBuilder()
                            .header("X-Who", "naruto")
                            .buildAsync(uri, heard(first))
                            .get(5, TimeUnit.SECONDS);
                    WebSocket two = client.newWebSocketBuilder()
                            .header("X-Who", "sakura")
                            .buildAsync(uri, heard(second))
                            .get(5, TimeUnit.SECONDS);

                    assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("raw frame for naruto");
                    assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("raw frame for sakura");
                    one.abort();
                    two.abort();
                });
    }

    @Test
    void aSocketsFrameWriterWritesTheSameFrameAgainWhileItIsOpenAndNothingOnceItClosed() throws Exception {
        CompletableFuture<Session> opened = new CompletableFuture<>();
        CompletableFuture<Session> closed = new CompletableFuture<>();
        serving(
                ServerEndpointConfig.Builder.create(KeepsItsSession.class, "/kept")
                        .configurator(new ServerEndpointConfig.Configurator() {
                            @Override
                            @SuppressWarnings("unchecked")
                            public <T> T getEndpointInstance(Class<T> type) {
                                return (T) new KeepsItsSession(opened, closed);
                            }
                        })
                        .build(),
                port -> {
                    URI uri = URI.create("ws://127.0.0.1:" + port + "/kept");
                    BlockingQueue<String> heard = new LinkedBlockingQueue<>();
                    WebSocket client = HttpClient.newHttpClient()
                            .newWebSocketBuilder()
                            .buildAsync(uri, hearing(heard))
                            .get(5, TimeUnit.SECONDS);
                    Session session = opened.get(5, TimeUnit.SECONDS);
                    FrameWriter writer = TyrusInternals.writerFor(session, () -> {});
                    assertThat(writer).isNotNull();

                    ByteBuffer shared = textFrame("while open");
                    assertThat(writer.write(shared)).isTrue();
                    assertThat(writer.write(shared))
                            .as("the same frame again, as to a room's next socket")
                            .isTrue();
                    assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("while open");
                    assertThat(heard.poll(5, TimeUnit.SECONDS)).isEqualTo("while open");
                    assertThat(shared.remaining())
                            .as("the frame itself is left as it was")
                            .isEqualTo(12);

                    client.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);
                    closed.get(5, TimeUnit.SECONDS);

                    assertThat(writer.write(textFrame("too late")))
                            .as("nothing written once the socket closed")
                            .isFalse();
                    assertThat(heard.poll(200, TimeUnit.MILLISECONDS)).isNull();
                });
    }

    /** What a test does with a real Grizzly server whose Tyrus serves the endpoint, given the server's port. */
    private interface OnPort {
        void test(int port) throws Exception;
    }

    private static void serving(ServerEndpointConfig endpoint, OnPort onPort) throws Exception {
        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener("tyrus-internals", "127.0.0.1", 0);
        http.addListener(listener);
        ServerContainer tyrus = TyrusInternals.container(Map.of());
        tyrus.getWebSocketEngine().register(endpoint, "");
        listener.registerAddOn(TyrusInternals.addOn(tyrus, "/"));
        http.start();
        try {
            onPort.test(listener.getPort());
        } finally {
            http.shutdownNow();
        }
    }

    private static ByteBuffer textFrame(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(2 + bytes.length)
                .put((byte) 0x81)
                .put((byte) bytes.length)
                .put(bytes)
                .flip();
    }

    /** Every text message, in order. */
    private static WebSocket.Listener hearing(BlockingQueue<String> texts) {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                texts.add(data.toString());
                socket.request(1);
                return null;
            }
        };
    }

    private static WebSocket.Listener heard(CompletableFuture<String> text) {
        return new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
                text.complete(data.toString());
                return null;
            }
        };
    }

    /** Hands its session over when it opens and again when it closes. */
    public static final class KeepsItsSession extends Endpoint {

        private final CompletableFuture<Session> opened;
        private final CompletableFuture<Session> closed;

        KeepsItsSession(CompletableFuture<Session> opened, CompletableFuture<Session> closed) {
            this.opened = opened;
            this.closed = closed;
        }

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            opened.complete(session);
        }

        @Override
        public void onClose(Session session, CloseReason reason) {
            closed.complete(session);
        }
    }

    /** Sends one raw text frame naming whoever its own handshake said it was. */
    public static final class EchoTheHandshake extends Endpoint {

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            ByteBuffer frame =
                    textFrame("raw frame for " + config.getUserProperties().get("who"));
            assertThat(TyrusInternals.writerFor(session, () -> {}).write(frame)).isTrue();
        }
    }
}
