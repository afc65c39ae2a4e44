package io.gerbang.adapters.websocket.socketio;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * An Engine.IO MESSAGE for many sessions: its text ({@code 4} and the Socket.IO packet) written once, and,
 * when a WebSocket transport first asks, its frame encoded once; every session of a room gets the same bytes.
 */
public final class Outgoing {

    private final String text;
    private volatile ByteBuffer frame;

    public Outgoing(String socketPacket) {
        this.text = EnginePacket.Type.MESSAGE.code + socketPacket;
    }

    /** The Engine.IO packet as text. */
    public String text() {
        return text;
    }

    /** The unmasked WebSocket text frame of it (RFC 6455 §5.2), shared: take a duplicate to send. */
    public ByteBuffer frame() {
        ByteBuffer encoded = frame;
        if (encoded == null) {
            encoded = textFrame(text);
            frame = encoded;
        }
        return encoded;
    }

    /** An unmasked, final text frame as a server sends it; no extension is negotiated. */
    public static ByteBuffer textFrame(String text) {
        byte[] payload = text.getBytes(StandardCharsets.UTF_8);
        int length = payload.length;
        int header = length < 126 ? 2 : length < 65_536 ? 4 : 10;
        ByteBuffer frame = ByteBuffer.allocate(header + length);
        frame.put((byte) 0x81);
        if (length < 126) {
            frame.put((byte) length);
        } else if (length < 65_536) {
            frame.put((byte) 126).putShort((short) length);
        } else {
            frame.put((byte) 127).putLong(length);
        }
        return frame.put(payload).flip();
    }
}
