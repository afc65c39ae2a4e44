package io.gerbang.adapters.websocket.socketio;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Engine.IO v4 text encoding: a packet is its type digit followed by its data, a binary message is
 * {@code b} and its bytes in base64; a polling payload is packets joined by the record separator
 * {@code \u001e}. Pure functions: the transports hand text in and out.
 */
public final class EngineCodec {

    /** Separates packets in one polling payload. */
    public static final char SEPARATOR = '\u001e';

    private EngineCodec() {
    }

    public static EnginePacket decode(String text) {
        if (text == null || text.isEmpty()) {
            throw new MalformedPacket("an empty Engine.IO packet");
        }
        if (text.charAt(0) == 'b') {
            String base64 = text.substring(1);
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
