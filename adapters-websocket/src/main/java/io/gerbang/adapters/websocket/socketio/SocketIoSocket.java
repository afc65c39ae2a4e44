package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.gerbang.adapters.websocket.socketio.SocketPacket.Kind;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * One client's connection to one namespace: accepted or refused by the namespace, then events both ways,
 * acknowledgements, and its end (the client's DISCONNECT, the server's {@link #disconnect}, or the Engine.IO
 * session closing).
 */
public final class SocketIoSocket {

    /** What the namespace hears from its socket once it accepted it. */
    public interface Handler {
        /** An event (its data: the name, then the arguments) or an ack; binary ones with their attachments. */
        void onPacket(SocketPacket packet, List<byte[]> attachments);

        void onDisconnect(String reason);
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SocketIoClient client;
    private final String namespace;
    private final String id;
    private volatile Handler handler;
    private volatile boolean ended;

    SocketIoSocket(SocketIoClient client, String namespace) {
        this.client = client;
        this.namespace = namespace;
        byte[] random = new byte[15];
        RANDOM.nextBytes(random);
        this.id = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    public String id() {
        return id;
    }

    public String namespace() {
        return namespace;
    }

    /** The handshake of the Engine.IO session under it (its Authorization header, its Origin). */
    public EngineHandshake handshake() {
        return client.engine().handshake();
    }

    /** Connects the socket: CONNECT with its id goes to the client; from now on the handler hears it. */
    public void accept(Handler listener) {
        this.handler = listener;
        send(new SocketPacket(Kind.CONNECT, namespace, null, JsonNodeFactory.instance.objectNode().put("sid", id)));
    }

    /** Refuses the connection: CONNECT_ERROR {message, data?} (the client's {@code connect_error}). */
    public void refuse(String message, JsonNode data) {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("message", message);
        if (data != null) {
            error.set("data", data);
        }
        ended = true;
        send(new SocketPacket(Kind.CONNECT_ERROR, namespace, null, error));
        client.remove(this, false);
    }

    /** Emits an event with its arguments. */
    public void emit(String event, JsonNode... arguments) {
        ArrayNode data = JsonNodeFactory.instance.arrayNode().add(event);
        for (JsonNode argument : arguments) {
            data.add(argument);
        }
        send(new SocketPacket(Kind.EVENT, namespace, null, data));
    }

    /** Emits an event whose packet was written once for many sockets (of the main namespace). */
    public void emit(Outgoing prepared) {
        if (!ended) {
            client.engine().send(prepared);
        }
    }

    /** Emits a binary event: {@code data} (name first) with placeholders, then its attachments. */
    public void emitBinary(ArrayNode data, List<byte[]> attachments) {
        sendBinary(new SocketPacket(Kind.BINARY_EVENT, namespace, null, data, attachments.size()), attachments);
    }

    /** Answers the client's ack id with these arguments. */
    public void ack(long ackId, ArrayNode arguments) {
        send(new SocketPacket(Kind.ACK, namespace, ackId, arguments));
    }

    /** Answers the client's ack id with binary arguments. */
    public void ackBinary(long ackId, ArrayNode arguments, List<byte[]> attachments) {
        sendBinary(new SocketPacket(Kind.BINARY_ACK, namespace, ackId, arguments, attachments.size()), attachments);
    }

    /**
     * Disconnects from the server's side: DISCONNECT to the client, the handler told; the Engine.IO session
     * closes too when no other namespace is connected on it.
     */
    public void disconnect(String reason) {
        if (ended) {
            return;
        }
        send(new SocketPacket(Kind.DISCONNECT, namespace, null, null));
        ended(reason);
        client.remove(this, true);
    }

    /** Whether the socket has ended (refused, disconnected, or its session closed). */
    public boolean isEnded() {
        return ended;
    }

    void received(SocketPacket packet, List<byte[]> attachments) {
        Handler listener = handler;
        if (listener != null && !ended) {
            listener.onPacket(packet, attachments);
        }
    }

    void ended(String reason) {
        Handler listener = handler;
        boolean first = !ended;
        ended = true;
        if (first && listener != null) {
            listener.onDisconnect(reason);
        }
    }

    private void send(SocketPacket packet) {
        client.engine().send(client.codec().encode(packet));
    }

    private void sendBinary(SocketPacket packet, List<byte[]> attachments) {
        EngineSession engine = client.engine();
        synchronized (engine) {
            engine.send(client.codec().encode(packet));
            attachments.forEach(engine::send);
        }
    }
}
