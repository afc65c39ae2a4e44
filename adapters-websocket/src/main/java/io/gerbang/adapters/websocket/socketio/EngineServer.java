package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The Engine.IO sessions of this node, by id: opens them (answering the handshake), finds them for the
 * transports, and hands each new one to whoever speaks the protocol above (Socket.IO). Sessions live on one
 * node: a polling request for an id opened elsewhere is unknown here.
 */
public final class EngineServer {

    /** Who takes each new session (it calls {@link EngineSession#listen}). */
    public interface Opened {
        void opened(EngineSession session);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final EngineSettings settings;
    private final Opened opened;
    private final ScheduledExecutorService timers;
    private final ObjectMapper json;
    private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();

    public EngineServer(EngineSettings settings, Opened opened, ScheduledExecutorService timers, ObjectMapper json) {
        this.settings = settings;
        this.opened = opened;
        this.timers = timers;
        this.json = json;
    }

    public EngineSettings settings() {
        return settings;
    }

    ScheduledExecutorService timers() {
        return timers;
    }

    /**
     * Opens a session; its OPEN packet (the handshake's answer) goes to the WebSocket at once, or waits in
     * {@link EngineSession#openPacket()} for the polling GET to answer with.
     */
    public EngineSession open(EngineHandshake handshake, EngineSocket webSocket) {
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ObjectNode open = json.createObjectNode().put("sid", id);
        open.putArray("upgrades")
                .addAll(
                        webSocket == null
                                ? java.util.List.of(json.getNodeFactory().textNode("websocket"))
                                : java.util.List.of());
        open.put("pingInterval", settings.pingInterval().toMillis())
                .put("pingTimeout", settings.pingTimeout().toMillis())
                .put("maxPayload", settings.maxPayload());
        String packet = EnginePacket.Type.OPEN.code + open.toString();
        EngineSession session = new EngineSession(
                id,
                this,
                handshake,
                webSocket == null ? EngineSession.Transport.POLLING : EngineSession.Transport.WEBSOCKET,
                webSocket,
                packet);
        sessions.put(id, session);
        if (webSocket != null) {
            // first on the wire: a v3 client is connected to its namespace (or refused) as the session opens
            webSocket.send(packet);
        }
        opened.opened(session);
        session.startHeartbeat();
        return session;
    }

    /** The session of this id on this node, or null. */
    public EngineSession find(String id) {
        return id == null ? null : sessions.get(id);
    }

    void forget(EngineSession session) {
        sessions.remove(session.id(), session);
    }

    public int size() {
        return sessions.size();
    }
}
