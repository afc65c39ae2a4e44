package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.websocket.socketio.SocketPacket.Kind;

/**
 * Socket.IO v5 text encoding: {@code <kind digit>[<attachments>-][<namespace>,][<ack id>][<JSON data>]}, for
 * example {@code 2/admin,12["join_task",1]} or {@code 51-["upload",{"_placeholder":true,"num":0}]}. Decoding
 * checks what each kind must carry (an event an array whose first element is the event's name, an ack an id
 * and an array, a CONNECT at most an object); the binary attachments themselves follow the packet as
 * Engine.IO binary messages and are gathered by the connection, not here.
 */
public final class SocketCodec {

    private static final int MAX_ACK_DIGITS = 15;
    private static final int MAX_ATTACHMENTS = 10;
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
        int at = 1;
        int attachments = 0;
        if (kind.binary()) {
            int dash = text.indexOf('-', at);
            if (dash <= at || dash - at > 2 || !digits(text, at, dash)) {
                throw new MalformedPacket("a binary packet without its count of attachments");
            }
            attachments = Integer.parseInt(text.substring(at, dash));
            if (attachments < 1 || attachments > MAX_ATTACHMENTS) {
                throw new MalformedPacket("a binary packet with 1 to " + MAX_ATTACHMENTS + " attachments");
            }
            at = dash + 1;
        }
        String namespace = SocketPacket.MAIN;
        if (at < text.length() && text.charAt(at) == '/') {
            int comma = text.indexOf(',', at);
            int end = comma < 0 ? text.length() : comma;
            namespace = text.substring(at, end);
            at = comma < 0 ? end : comma + 1;
        }
        int end = at;
        while (end < text.length() && asciiDigit(text.charAt(end))) {
            end++;
        }
        Long ackId = null;
        if (end > at) {
            if (end - at > MAX_ACK_DIGITS) {
                throw new MalformedPacket("an ack id of more than " + MAX_ACK_DIGITS + " digits");
            }
            ackId = Long.parseLong(text.substring(at, end));
            at = end;
        }
        JsonNode data = at < text.length() ? parse(text.substring(at)) : null;
        SocketPacket packet = new SocketPacket(kind, namespace, ackId, data, attachments);
        check(packet);
        return packet;
    }

    public String encode(SocketPacket packet) {
        StringBuilder text =
                new StringBuilder().append((char) ('0' + packet.kind().ordinal()));
        if (packet.kind().binary()) {
            text.append(packet.attachments()).append('-');
        }
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

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!asciiDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** 0-9 only, as the reference parser reads numbers: other scripts' digits are not a count or an ack id. */
    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
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
            case EVENT, BINARY_EVENT -> {
                if (data == null
                        || !data.isArray()
                        || data.isEmpty()
                        || !data.get(0).isTextual()) {
                    throw new MalformedPacket("an event carries an array that starts with its name");
                }
            }
            case ACK, BINARY_ACK -> {
                if (packet.ackId() == null || data == null || !data.isArray()) {
                    throw new MalformedPacket("an ack carries its id and an array");
                }
            }
            default -> throw new IllegalStateException(packet.kind().name());
        }
    }
}
