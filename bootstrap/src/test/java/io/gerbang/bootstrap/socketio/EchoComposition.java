package io.gerbang.bootstrap.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gerbang.adapters.websocket.socketio.EnginePacket;
import io.gerbang.adapters.websocket.socketio.EnginePolling;
import io.gerbang.adapters.websocket.socketio.EngineServer;
import io.gerbang.adapters.websocket.socketio.EngineSession;
import io.gerbang.adapters.websocket.socketio.EngineSettings;
import io.gerbang.adapters.websocket.socketio.EngineWebSockets;
import io.gerbang.adapters.websocket.socketio.SocketCodec;
import io.gerbang.adapters.websocket.socketio.SocketIoServer;
import io.gerbang.adapters.websocket.socketio.SocketIoSocket;
import io.gerbang.adapters.websocket.socketio.SocketPacket;
import io.gerbang.bootstrap.server.TyrusInternals;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.tyrus.spi.ServerContainer;

/**
 * The server the official protocol suites expect (their README): Gerbang's Engine.IO and Socket.IO adapter
 * composed as an echo, with the suites' timings, on Grizzly and Tyrus as Gerbang runs them. Engine.IO at
 * {@code /engine.io/} sends every message back; Socket.IO at {@code /socket.io/} emits {@code auth} with the
 * handshake's payload on connecting to {@code /} or {@code /custom}, answers {@code message} with
 * {@code message-back} and acknowledges {@code message-with-ack} with its own arguments; {@code /refusing}
 * refuses every socket.
 */
public final class EchoComposition implements AutoCloseable {

    private static final EngineSettings SUITE = new EngineSettings(
            Duration.ofMillis(300), Duration.ofMillis(200), 1_000_000, Duration.ofMillis(1000), origin -> true, false);

    private final HttpServer http;
    private final ScheduledExecutorService timers;

    private EchoComposition(HttpServer http, ScheduledExecutorService timers) {
        this.http = http;
        this.timers = timers;
    }

    public static EchoComposition start(int port) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();
        EngineServer engine = new EngineServer(SUITE, EchoComposition::echo, timers, json);
        SocketIoServer.Namespace echo = (socket, auth) -> connect(socket, auth, timers);
        SocketIoServer.Namespace refusing = (socket, auth) -> socket.refuse("refused", null);
        SocketIoServer socketIo = new SocketIoServer(
                new SocketCodec(json),
                Map.of("/", echo, "/custom", echo, "/refusing", refusing),
                timers,
                SUITE.connectTimeout());
        EngineServer sockets = new EngineServer(SUITE, socketIo, timers, json);

        HttpServer http = new HttpServer();
        NetworkListener listener = new NetworkListener("echo", "127.0.0.1", port);
        http.addListener(listener);
        http.getServerConfiguration().addHttpHandler(new EnginePolling(engine), "/engine.io");
        http.getServerConfiguration().addHttpHandler(new EnginePolling(sockets), "/socket.io");
        ServerContainer tyrus = TyrusInternals.container(Map.of());
        try {
            tyrus.getWebSocketEngine()
                    .register(EngineWebSockets.endpoint("/engine.io/", engine, TyrusInternals::writerFor), "");
            tyrus.getWebSocketEngine()
                    .register(EngineWebSockets.endpoint("/socket.io/", sockets, TyrusInternals::writerFor), "");
        } catch (jakarta.websocket.DeploymentException refused) {
            throw new IllegalStateException(refused);
        }
        listener.registerAddOn(TyrusInternals.addOn(tyrus, "/"));
        http.start();
        return new EchoComposition(http, timers);
    }

    public int port() {
        return http.getListeners().iterator().next().getPort();
    }

    private static void echo(EngineSession session) {
        session.listen(new EngineSession.Listener() {
            @Override
            public void onMessage(EnginePacket message) {
                if (message.binary()) {
                    session.send(message.bytes());
                } else {
                    session.send(message.data());
                }
            }

            @Override
            public void onClose(String reason) {}
        });
    }

    private static void connect(SocketIoSocket socket, JsonNode auth, ScheduledExecutorService timers) {
        socket.accept(new SocketIoSocket.Handler() {
            @Override
            public void onPacket(SocketPacket packet, List<byte[]> attachments) {
                if (!packet.isEvent()) {
                    return;
                }
                ArrayNode arguments = ((ArrayNode) packet.data()).deepCopy();
                String name = arguments.remove(0).textValue();
                if ("message".equals(name)) {
                    socket.emit(arguments.insert(0, "message-back"), attachments);
                } else if ("message-with-ack".equals(name) && packet.ackId() != null) {
                    socket.ack(packet.ackId(), arguments, attachments);
                }
            }

            @Override
            public void onDisconnect(String reason) {}
        });
        // A few milliseconds after CONNECT, not in the same instant: the suite's client (ws 8.5 with one-shot
        // listeners) loses the second of two frames that reach it in one TCP read, and Grizzly writes two
        // packets sent together back to back. The reference server's event loop happens to leave such a gap.
        timers.schedule(() -> socket.emit("auth", auth), 5, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        http.shutdownNow();
        timers.shutdownNow();
    }

    /** Runs the composition on a port until stopped: {@code java ... EchoComposition 3000}. */
    public static void main(String[] args) throws Exception {
        try (EchoComposition echo = start(args.length > 0 ? Integer.parseInt(args[0]) : 3000)) {
            System.out.println("echo composition on port " + echo.port());
            Thread.currentThread().join();
        }
    }
}
