package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
                .as("a new Tyrus: check WebSocketAddOn's constructor and TyrusRemoteEndpoint.webSocket, then"
                        + " TYRUS_VERSION")
                .isEqualTo(TyrusInternals.TYRUS_VERSION);
    }

    @Test
    void anEncodedFrameReachesTheClientOfEachConnectionWithItsOwnHandshake() throws Exception {
        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener("tyrus-internals", "127.0.0.1", 0);
        http.addListener(listener);
        ServerContainer tyrus = TyrusInternals.container(Map.of());
        tyrus.getWebSocketEngine()
                .register(
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
                        "");
        listener.registerAddOn(TyrusInternals.addOn(tyrus, "/"));
        http.start();
        try {
            URI uri = URI.create("ws://127.0.0.1:" + listener.getPort() + "/raw");
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
        } finally {
            http.shutdownNow();
        }
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

    /** Sends one raw text frame naming whoever its own handshake said it was. */
    public static final class EchoTheHandshake extends Endpoint {

        @Override
        public void onOpen(Session session, EndpointConfig config) {
            byte[] text = ("raw frame for " + config.getUserProperties().get("who")).getBytes(StandardCharsets.UTF_8);
            ByteBuffer frame = ByteBuffer.allocate(2 + text.length)
                    .put((byte) 0x81)
                    .put((byte) text.length)
                    .put(text)
                    .flip();
            assertThat(TyrusInternals.sendRawFrame(session, frame)).isNotNull();
        }
    }
}
