package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.websocket.socketio.SocketPacket.Kind;

/**
 * Socket.IO v5 text encoding: {@code <kind digit>[<namespace>,][<ack id>][<JSON data>]}, for example
 * {@code 2/admin,12["join_task",1]}. Decoding checks what each kind must carry (an EVENT an array whose first
 * element is the event's name, an ACK an id and an array, a CONNECT at most an object); binary kinds are
 * refused, since the chat carries JSON only.
 */
public final class SocketCodec {

    private static final int MAX_ACK_DIGITS = 15;
    private final ObjectMapper json;

    public SocketCodec(ObjectMapper json) {
        this.json = json;
    }

    public SocketPacket decode(String text) {
        if (text == null || text.isEmpty()) {
            throw new MalformedPacket("an empty Socket.IO packet");
        }
        char digit = text.charAt(0);
        if (digit < '0' || digit > '6') {
            throw new MalformedPacket("unknown Socket.IO packet type '" + digit + "'");
        }
        Kind kind = Kind.values()[digit - '0'];
        if (kind == Kind.BINARY_EVENT || kind == Kind.BINARY_ACK) {
            throw new MalformedPacket("binary Socket.IO packets are not supported");
        }
        int at = 1;
        String namespace = SocketPacket.MAIN;
        if (at < text.length() && text.charAt(at) == '/') {
            int comma = text.indexOf(',', at);
            int end = comma < 0 ? text.length() : comma;
            namespace = text.substring(at, end);
            at = comma < 0 ? end : comma + 1;
        }
        int digits = at;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        Long ackId = null;
        if (digits > at) {
            if (digits - at > MAX_ACK_DIGITS) {
                throw new MalformedPacket("an ack id of more than " + MAX_ACK_DIGITS + " digits");
            }
            ackId = Long.parseLong(text.substring(at, digits));
            at = digits;
        }
        JsonNode data = at < text.length() ? parse(text.substring(at)) : null;
        SocketPacket packet = new SocketPacket(kind, namespace, ackId, data);
        check(packet);
        return packet;
    }

    public String encode(SocketPacket packet) {
        StringBuilder text = new StringBuilder().append((char) ('0' + packet.kind().ordinal()));
        if (!SocketPacket.MAIN.equals(packet.namespace())) {
            text.append(packet.namespace()).append(',');
        }
        if (packet.ackId() != null) {
            text.append(packet.ackId());
        }
        if (packet.data() != null) {
            try {
                text.append(json.writeValueAsString(packet.data()));
            } catch (JsonProcessingException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
        return text.toString();
    }

    private JsonNode parse(String data) {
        try {
            return json.readTree(data);
        } catch (JsonProcessingException notJson) {
            throw new MalformedPacket("the data of a Socket.IO packet is not JSON");
        }
    }

    private static void check(SocketPacket packet) {
        JsonNode data = packet.data();
        switch (packet.kind()) {
            case CONNECT, CONNECT_ERROR -> {
                if (data != null && !data.isObject()) {
                    throw new MalformedPacket(packet.kind() + " carries an object or nothing");
                }
            }
            case DISCONNECT -> {
                if (data != null) {
                    throw new MalformedPacket("DISCONNECT carries nothing");
                }
            }
            case EVENT -> {
                if (data == null || !data.isArray() || data.isEmpty() || !data.get(0).isTextual()) {
                    throw new MalformedPacket("an EVENT carries an array that starts with its name");
                }
            }
            case ACK -> {
                if (packet.ackId() == null || data == null || !data.isArray()) {
                    throw new MalformedPacket("an ACK carries its id and an array");
                }
            }
            default -> throw new MalformedPacket("binary Socket.IO packets are not supported");
        }
    }
}
