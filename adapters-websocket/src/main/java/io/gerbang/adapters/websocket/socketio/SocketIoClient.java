package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.gerbang.adapters.websocket.socketio.SocketPacket.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Engine.IO session seen from Socket.IO: the namespaces it connected to, the binary packet whose
 * attachments are still arriving, and the connect timeout: a session that has no accepted socket in time is
 * closed, however many CONNECTs it sent (a refused one does not stop the clock), and a session that asks to
 * connect more than {@link #CONNECTS_ALLOWED} times is closed at once. A packet that is not of the protocol
 * closes the session. A client of Engine.IO v3 (Socket.IO protocol v4) is connected to the main namespace as its
 * session opens, as the reference server does for it.
 */
final class SocketIoClient implements EngineSession.Listener {

    private final EngineSession engine;
    private final SocketCodec codec;
    private final Map<String, SocketIoServer.Namespace> namespaces;
    private final ScheduledExecutorService timers;
    private final Duration connectTimeout;
    private final Map<String, SocketIoSocket> sockets = new ConcurrentHashMap<>();
    /** CONNECT packets one session may send: a few retries after a refusal, not a way to try token after token. */
    static final int CONNECTS_ALLOWED = 5;

    private ScheduledFuture<?> connecting;
    private volatile boolean anyAccepted;
    private int connects;
    private SocketPacket awaiting;
    private List<byte[]> attachments;

    SocketIoClient(
            EngineSession engine,
            SocketCodec codec,
            Map<String, SocketIoServer.Namespace> namespaces,
            ScheduledExecutorService timers,
            Duration connectTimeout) {
        this.engine = engine;
        this.codec = codec;
        this.namespaces = namespaces;
        this.timers = timers;
        this.connectTimeout = connectTimeout;
    }

    void start() {
        engine.listen(this);
        connecting = timers.schedule(
                () -> {
                    if (!anyAccepted) {
                        engine.close("connect timeout");
                    }
                },
                connectTimeout.toMillis(),
                TimeUnit.MILLISECONDS);
        if (legacy()) {
            // Socket.IO protocol v4 (socket.io-client 2.x): the main namespace is joined with the session, and
            // what proves the client is in the handshake (its Authorization header, or ?token=)
            var auth = JsonNodeFactory.instance.objectNode();
            if (engine.handshake().token() != null) {
                auth.put("token", engine.handshake().token());
            }
            connect("/", new SocketPacket(Kind.CONNECT, "/", null, auth));
        }
    }

    /** Whether the client speaks Socket.IO protocol v4 over Engine.IO v3. */
    boolean legacy() {
        return engine.handshake().legacy();
    }

    SocketCodec codec() {
        return codec;
    }

    EngineSession engine() {
        return engine;
    }

    /** Called on the transport's thread, one message at a time. */
    @Override
    public void onMessage(EnginePacket message) {
        if (message.binary()) {
            if (awaiting == null) {
                engine.abort("parse error");
                return;
            }
            attachments.add(message.bytes());
            if (attachments.size() == awaiting.attachments()) {
                SocketPacket complete = awaiting;
                List<byte[]> buffers = attachments;
                awaiting = null;
                attachments = null;
                dispatch(complete, buffers);
            }
            return;
        }
        SocketPacket packet;
        try {
            if (awaiting != null) {
                throw new MalformedPacket("a text packet while attachments were awaited");
            }
            packet = codec.decode(message.data());
        } catch (MalformedPacket malformed) {
            engine.abort("parse error");
            return;
        }
        if (packet.kind().binary()) {
            awaiting = packet;
            attachments = new ArrayList<>(packet.attachments());
            return;
        }
        dispatch(packet, List.of());
    }

    private void dispatch(SocketPacket packet, List<byte[]> buffers) {
        String namespace = packet.namespace();
        switch (packet.kind()) {
            case CONNECT -> connect(namespace, packet);
            case DISCONNECT -> {
                SocketIoSocket socket = sockets.remove(namespace);
                if (socket != null) {
                    socket.ended("client namespace disconnect");
                }
            }
            case EVENT, BINARY_EVENT, ACK, BINARY_ACK -> {
                SocketIoSocket socket = sockets.get(namespace);
                if (socket != null) {
                    socket.received(packet, buffers);
                }
            }
            default -> engine.abort("parse error"); // CONNECT_ERROR is the server's to send
        }
    }

    private void connect(String namespace, SocketPacket packet) {
        if (++connects > CONNECTS_ALLOWED) {
            engine.abort("too many connects");
            return;
        }
        SocketIoServer.Namespace target = namespaces.get(namespace);
        if (target == null) {
            engine.send(codec.encode(new SocketPacket(
                    Kind.CONNECT_ERROR,
                    namespace,
                    null,
                    JsonNodeFactory.instance.objectNode().put("message", "Invalid namespace"))));
            return;
        }
        if (sockets.containsKey(namespace)) {
            return;
        }
        SocketIoSocket socket = new SocketIoSocket(this, namespace);
        sockets.put(namespace, socket);
        target.connect(socket, packet.data() == null ? JsonNodeFactory.instance.objectNode() : packet.data());
    }

    /** A namespace accepted a socket: the session has connected, and the connect timeout is over. */
    void accepted() {
        anyAccepted = true;
        connecting.cancel(false);
    }

    /** A socket the server refused or disconnected: its namespace is free again; no socket left, no session. */
    void remove(SocketIoSocket socket, boolean closeIfLast) {
        sockets.remove(socket.namespace(), socket);
        if (closeIfLast && sockets.isEmpty()) {
            engine.close("server namespace disconnect");
        }
    }

    @Override
    public void onClose(String reason) {
        connecting.cancel(false);
        for (SocketIoSocket socket : sockets.values()) {
            socket.ended(reason);
        }
        sockets.clear();
    }
}
