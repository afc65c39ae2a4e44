package io.gerbang.adapters.websocket.socketio;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Engine.IO websocket transport on the Jakarta WebSocket API: a WebSocket without {@code sid} opens a
 * session of its own; one with the {@code sid} of a polling session is probed and takes it over
 * * ({@code 2probe}, {@code 3probe}, {@code 5}). A query the protocol refuses (neither {@code EIO=4} nor 3, not
 * {@code transport=websocket}, an unknown {@code sid}), a disallowed {@code Origin} or a malformed packet
 * closes the WebSocket with 1008 and the protocol's message.
 */
public final class EngineWebSockets {

    private static final Logger LOG = LoggerFactory.getLogger(EngineWebSockets.class);
    private static final String AUTHORIZATION = "engine.io.authorization";
    private static final String ORIGIN = "engine.io.origin";

    private EngineWebSockets() {}

    /**
     * The endpoint to register at {@code path}; {@code raw} makes an opened session's writer of encoded frames where
     * the container has one (else null, and the text is sent), given what to do when a write fails.
     */
    public static ServerEndpointConfig endpoint(String path, EngineServer server, FrameWriter.Source raw) {
        return ServerEndpointConfig.Builder.create(Transport.class, path)
                .configurator(new ServerEndpointConfig.Configurator() {
                    @Override
                    public void modifyHandshake(
                            ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
                        // Tyrus gives each connection its own copy of the user properties
                        Map<String, Object> properties = config.getUserProperties();
                        first(request.getHeaders(), "Authorization", value -> properties.put(AUTHORIZATION, value));
                        first(request.getHeaders(), "Origin", value -> properties.put(ORIGIN, value));
                    }

                    @Override
                    public boolean checkOrigin(String origin) {
                        return true; // refused after opening, with the protocol's message
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public <T> T getEndpointInstance(Class<T> type) {
                        return (T) new Transport(server, raw);
                    }
                })
                .build();
    }

    private static void first(Map<String, List<String>> headers, String name, java.util.function.Consumer<String> to) {
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                to.accept(String.join(",", header.getValue()));
                return;
            }
        }
    }

    /** One WebSocket carrying (or probing for) an Engine.IO session. */
    /** Public for the container, which calls its handlers reflectively; made only by {@link #endpoint}. */
    public static final class Transport extends Endpoint implements EngineSocket {

        private final EngineServer server;
        private final FrameWriter.Source raw;
        private Session webSocket;
        /** The socket's writer of encoded frames, or null (then a room's event goes as text). */
        private FrameWriter writer;

        private volatile EngineSession session;
        private final java.util.ArrayDeque<Object> waiting = new java.util.ArrayDeque<>();
        private boolean inFlight;

        Transport(EngineServer server, FrameWriter.Source raw) {
            this.server = server;
            this.raw = raw;
        }

        @Override
        public void onOpen(Session opened, EndpointConfig config) {
            this.webSocket = opened;
            Map<String, List<String>> query = opened.getRequestParameterMap();
            String origin = (String) config.getUserProperties().get(ORIGIN);
            int protocol = EngineHandshake.protocolOf(only(query, "EIO"));
            if (protocol == 0) {
                refuse("Unsupported protocol version");
                return;
            }
            if (!"websocket".equals(only(query, "transport"))) {
                refuse("Transport unknown");
                return;
            }
            if (origin != null && !server.settings().origins().test(origin)) {
                refuse("Forbidden");
                return;
            }
            // a failed write is let be, as a failed sendText is: the packets after it still go
            writer = raw.writerFor(opened, () -> {});
            int max = server.settings().maxPayload();
            opened.setMaxTextMessageBufferSize(max + 1);
            opened.setMaxBinaryMessageBufferSize(max + 1);
            opened.addMessageHandler(String.class, (MessageHandler.Whole<String>) this::onText);
            opened.addMessageHandler(ByteBuffer.class, (MessageHandler.Whole<ByteBuffer>) this::onBinary);
            String sid = only(query, "sid");
            if (sid == null) {
                session = server.open(
                        new EngineHandshake(
                                (String) config.getUserProperties().get(AUTHORIZATION),
                                origin,
                                protocol,
                                only(query, "token")),
                        this);
                return;
            }
            EngineSession polling = server.find(sid);
            if (polling == null || polling.handshake().protocol() != protocol) {
                refuse("Session ID unknown");
            } else if (!polling.probe(this)) {
                refuse("Bad request");
            } else {
                session = polling;
            }
        }

        private void onText(String text) {
            EngineSession to = session;
            if (to == null) {
                return;
            }
            EnginePacket packet;
            try {
                packet = EngineCodec.decode(text, to.handshake().protocol());
            } catch (MalformedPacket malformed) {
                to.failed(this, "parse error");
                return;
            }
            to.received(this, packet);
        }

        private void onBinary(ByteBuffer bytes) {
            EngineSession to = session;
            if (to != null) {
                if (to.handshake().legacy()) {
                    // v3 frames a binary message with its type first: a message (4) is the only one there is
                    if (!bytes.hasRemaining() || bytes.get() != 4) {
                        to.failed(this, "parse error");
                        return;
                    }
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                to.received(this, EnginePacket.binary(copy));
            }
        }

        @Override
        public void onClose(Session closed, CloseReason reason) {
            EngineSession of = session;
            if (of != null) {
                of.closed(this);
            }
        }

        @Override
        public void onError(Session failed, Throwable failure) {
            LOG.debug("an Engine.IO WebSocket failed: {}", failure.getClass().getSimpleName());
        }

        /*
         * As the reference server's websocket transport does, a packet sent while a text write is still on its
         * way waits for that write to complete, then goes with whatever else waited: packets keep their order,
         * and two sent at once (CONNECT and the first event) do not reach the client in one read.
         */
        @Override
        public void send(String text) {
            enqueue(text);
        }

        @Override
        public void send(Outgoing message) {
            enqueue(message);
        }

        @Override
        public void send(byte[] bytes) {
            enqueue(bytes);
        }

        private void enqueue(Object packet) {
            synchronized (this) {
                if (inFlight) {
                    waiting.add(packet);
                    return;
                }
                write(packet);
            }
        }

        /** Under this transport's lock. */
        private void write(Object packet) {
            if (packet instanceof Outgoing message) {
                // a room's event: the shared frame, queued as it is; the container keeps the order (false: the
                // socket closed since, and its close ends the session)
                if (writer != null) {
                    writer.write(message.frame());
                } else {
                    inFlight = true;
                    webSocket.getAsyncRemote().sendText(message.text(), this::written);
                }
            } else if (packet instanceof String text) {
                inFlight = true;
                webSocket.getAsyncRemote().sendText(text, this::written);
            } else {
                inFlight = true;
                byte[] bytes = (byte[]) packet;
                EngineSession of = session;
                if (of != null && of.handshake().legacy()) {
                    bytes = java.nio.ByteBuffer.allocate(bytes.length + 1)
                            .put((byte) 4)
                            .put(bytes)
                            .array();
                }
                webSocket.getAsyncRemote().sendBinary(ByteBuffer.wrap(bytes), this::written);
            }
        }

        private void written(jakarta.websocket.SendResult result) {
            synchronized (this) {
                inFlight = false;
                if (!result.isOK()) {
                    waiting.clear();
                    return;
                }
                while (!inFlight && !waiting.isEmpty()) {
                    write(waiting.poll());
                }
            }
        }

        @Override
        public void close() {
            try {
                webSocket.close();
            } catch (IOException | IllegalStateException alreadyGone) {
                LOG.debug("an Engine.IO WebSocket was already closed");
            }
        }

        private void refuse(String message) {
            try {
                webSocket.close(new CloseReason(CloseReason.CloseCodes.VIOLATED_POLICY, message));
            } catch (IOException | IllegalStateException alreadyGone) {
                LOG.debug("an Engine.IO WebSocket was already closed");
            }
        }

        private static String only(Map<String, List<String>> query, String name) {
            List<String> values = query.get(name);
            return values == null || values.isEmpty() ? null : values.get(0);
        }
    }
}
