package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One Socket.IO (protocol v5) packet, carried in an Engine.IO MESSAGE: its kind, its namespace ("/" for the
 * main one), the id of the acknowledgement it asks for or answers (null: none), its JSON data (null: none)
 * and, for the binary kinds, how many binary attachments follow it as Engine.IO binary messages.
 */
public record SocketPacket(Kind kind, String namespace, Long ackId, JsonNode data, int attachments) {

    public static final String MAIN = "/";

    public enum Kind {
        CONNECT,
        DISCONNECT,
        EVENT,
        ACK,
        CONNECT_ERROR,
        BINARY_EVENT,
        BINARY_ACK;

        public boolean binary() {
            return this == BINARY_EVENT || this == BINARY_ACK;
        }
    }

    public SocketPacket {
        Objects.requireNonNull(kind, "kind");
        namespace = namespace == null || namespace.isEmpty() ? MAIN : namespace;
        if (ackId != null && ackId < 0) {
            throw new IllegalArgumentException("an ack id is not negative");
        }
        if (attachments < 0 || (attachments > 0 && !kind.binary())) {
            throw new IllegalArgumentException("only binary packets have attachments");
        }
    }

    public SocketPacket(Kind kind, String namespace, Long ackId, JsonNode data) {
        this(kind, namespace, ackId, data, 0);
    }

    /** The event's name, for an EVENT: the first element of its data. */
    public String eventName() {
        return data.get(0).textValue();
    }

    /** Whether this is an event (plain or binary). */
    public boolean isEvent() {
        return kind == Kind.EVENT || kind == Kind.BINARY_EVENT;
    }
}
