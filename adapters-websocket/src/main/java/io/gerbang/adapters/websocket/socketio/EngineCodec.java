package io.gerbang.adapters.websocket.socketio;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Engine.IO text encoding: a packet is its type digit followed by its data, a binary message is {@code b} and its
 * bytes in base64 (v3: {@code b4} and the bytes); a polling payload is packets joined by the record separator
 * {@code \u001e} (v3: each packet preceded by its length in characters and a colon, {@code 6:42[1]}). Pure
 * functions: the transports hand text in and out.
 */
public final class EngineCodec {

    /** Separates packets in one polling payload. */
    public static final char SEPARATOR = '\u001e';

    private EngineCodec() {}

    public static EnginePacket decode(String text) {
        return decode(text, EngineHandshake.CURRENT);
    }

    public static EnginePacket decode(String text, int protocol) {
        if (text == null || text.isEmpty()) {
            throw new MalformedPacket("an empty Engine.IO packet");
        }
        if (text.charAt(0) == 'b') {
            boolean legacy = protocol == EngineHandshake.LEGACY;
            if (legacy && (text.length() < 2 || text.charAt(1) != EnginePacket.Type.MESSAGE.code)) {
                throw new MalformedPacket("a binary Engine.IO v3 packet that is not a message");
            }
            String base64 = text.substring(legacy ? 2 : 1);
            try {
                Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException notBase64) {
                throw new MalformedPacket("a binary Engine.IO packet that is not base64");
            }
            return new EnginePacket(EnginePacket.Type.MESSAGE, base64, true);
        }
        return new EnginePacket(EnginePacket.Type.of(text.charAt(0)), text.substring(1));
    }

    public static String encode(EnginePacket packet) {
        return (packet.binary() ? "b" : String.valueOf(packet.type().code)) + packet.data();
    }

    /** A binary message as a polling payload carries it in base64. */
    static String binaryText(byte[] bytes, int protocol) {
        return (protocol == EngineHandshake.LEGACY ? "b4" : "b")
                + Base64.getEncoder().encodeToString(bytes);
    }

    /** Encoded packets as one polling payload of the protocol. */
    static String payload(Iterable<String> packets, int protocol) {
        StringBuilder body = new StringBuilder();
        for (String packet : packets) {
            if (protocol == EngineHandshake.LEGACY) {
                body.append(packet.length()).append(':').append(packet);
            } else {
                if (body.length() > 0) {
                    body.append(SEPARATOR);
                }
                body.append(packet);
            }
        }
        return body.toString();
    }

    /** The packets of a polling request body of the protocol. */
    public static List<EnginePacket> decodePayload(String body, int protocol) {
        return protocol == EngineHandshake.LEGACY ? decodeLengthPrefixed(body) : decodePayload(body);
    }

    /** v3: {@code <length>:<packet>}, again and again; a length that does not fit makes the payload malformed. */
    private static List<EnginePacket> decodeLengthPrefixed(String body) {
        if (body == null || body.isEmpty()) {
            throw new MalformedPacket("an empty Engine.IO payload");
        }
        List<EnginePacket> packets = new ArrayList<>();
        int at = 0;
        while (at < body.length()) {
            int colon = body.indexOf(':', at);
            if (colon <= at || colon - at > 9) {
                throw new MalformedPacket("an Engine.IO v3 payload without a length");
            }
            int length = 0;
            for (int i = at; i < colon; i++) {
                char digit = body.charAt(i);
                if (digit < '0' || digit > '9') {
                    throw new MalformedPacket("an Engine.IO v3 payload whose length is not a number");
                }
                length = length * 10 + (digit - '0');
            }
            int end = colon + 1 + length;
            if (length == 0 || end > body.length()) {
                throw new MalformedPacket("an Engine.IO v3 payload that lies about its length");
            }
            packets.add(decode(body.substring(colon + 1, end), EngineHandshake.LEGACY));
            at = end;
        }
        return packets;
    }

    /** The packets of a polling request body; any malformed one makes the whole payload malformed. */
    public static List<EnginePacket> decodePayload(String body) {
        if (body == null || body.isEmpty()) {
            throw new MalformedPacket("an empty Engine.IO payload");
        }
        List<EnginePacket> packets = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == SEPARATOR) {
                packets.add(decode(body.substring(start, i)));
                start = i + 1;
            }
        }
        return packets;
    }

    public static String encodePayload(List<EnginePacket> packets) {
        StringBuilder body = new StringBuilder();
        for (EnginePacket packet : packets) {
            if (body.length() > 0) {
                body.append(SEPARATOR);
            }
            body.append(encode(packet));
        }
        return body.toString();
    }
}
