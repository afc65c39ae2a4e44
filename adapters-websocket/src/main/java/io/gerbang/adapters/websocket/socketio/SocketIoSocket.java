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
        accept(listener, null);
    }

    /**
     * The same, with the private id of connection state recovery ({@code pid}): the client sends it back with the
     * offset of the last event it received when it reconnects, and is told it was recovered when the CONNECT names
     * the same one again.
     */
    public void accept(Handler listener, String privateId) {
        this.handler = listener;
        client.accepted();
        // protocol v4 (an Engine.IO v3 client) has no payload on CONNECT: the socket's id is the session's
        ObjectNode connected = null;
        if (!client.legacy()) {
            connected = JsonNodeFactory.instance.objectNode().put("sid", id);
            if (privateId != null) {
                connected.put("pid", privateId);
            }
        }
        send(new SocketPacket(Kind.CONNECT, namespace, null, connected));
    }

    /** Whether the client can be given a private id and recover (protocol v5; a socket.io 2 client cannot). */
    public boolean canRecover() {
        return !client.legacy();
    }

    /**
     * Refuses the connection: CONNECT_ERROR {message, data?} (the client's {@code connect_error}); to a client of
     * protocol v4, an ERROR with the message alone, which its {@code error} event gets (what a socket.io 2 server
     * sent for a middleware's {@code next(new Error(message))}).
     */
    public void refuse(String message, JsonNode data) {
        JsonNode error;
        if (client.legacy()) {
            error = JsonNodeFactory.instance.textNode(message);
        } else {
            ObjectNode full = JsonNodeFactory.instance.objectNode().put("message", message);
            if (data != null) {
                full.set("data", data);
            }
            error = full;
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
        emit(data, List.of());
    }

    /** Emits an event whose packet was written once for many sockets (of the main namespace). */
    public void emit(Outgoing prepared) {
        if (!ended) {
            client.engine().send(prepared);
        }
    }

    /** Emits {@code data} (the name first); with attachments, a binary event whose placeholders they fill. */
    public void emit(ArrayNode data, List<byte[]> attachments) {
        send(
                new SocketPacket(
                        attachments.isEmpty() ? Kind.EVENT : Kind.BINARY_EVENT,
                        namespace,
                        null,
                        data,
                        attachments.size()),
                attachments);
    }

    /** Answers the client's ack id with these arguments. */
    public void ack(long ackId, ArrayNode arguments) {
        ack(ackId, arguments, List.of());
    }

    /** Answers the client's ack id with these arguments; with attachments, a binary ack. */
    public void ack(long ackId, ArrayNode arguments, List<byte[]> attachments) {
        send(
                new SocketPacket(
                        attachments.isEmpty() ? Kind.ACK : Kind.BINARY_ACK,
                        namespace,
                        ackId,
                        arguments,
                        attachments.size()),
                attachments);
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

    /**
     * Closes the Engine.IO session under the socket (its transport), as a server going away does: the client
     * sees its transport close and reconnects by itself, unlike after a DISCONNECT.
     */
    public void closeTransport(String reason) {
        ended = true;
        client.engine().close(reason);
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

    private void send(SocketPacket packet, List<byte[]> attachments) {
        client.engine().send(client.codec().encode(packet), attachments);
    }
}
