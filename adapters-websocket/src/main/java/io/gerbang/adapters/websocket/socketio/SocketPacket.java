package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Socket.IO (protocol v5) packet, carried in an Engine.IO MESSAGE: its kind, its namespace ("/" for the
 * main one), the id of the acknowledgement it asks for or answers (null: none), and its JSON data (null:
 * none). Binary kinds are refused by the codec.
 */
public record SocketPacket(Kind kind, String namespace, Long ackId, JsonNode data) {

    public static final String MAIN = "/";

    public enum Kind { CONNECT, DISCONNECT, EVENT, ACK, CONNECT_ERROR, BINARY_EVENT, BINARY_ACK }

    public SocketPacket {
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null || namespace.isEmpty() ? MAIN : namespace;
        if (ackId != null && ackId < 0) {
            throw new IllegalArgumentException("an ack id is not negative");
        }
    }

    /** The event's name, for an EVENT: the first element of its data. */
    public String eventName() {
        return data.get(0).textValue();
    }
}
