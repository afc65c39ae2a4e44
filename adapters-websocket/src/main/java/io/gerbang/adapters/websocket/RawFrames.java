package io.gerbang.adapters.websocket;

import jakarta.websocket.Session;
import java.nio.ByteBuffer;

/**
 * Sends an already encoded WebSocket frame to a session, where the container allows it. A room event goes to
 * many sockets: encoded once per node, the same bytes go to each, instead of one UTF-8 encoding and one
 * frame per socket through {@code sendText}. The Jakarta API has no such call; a container-specific one is
 * plugged in by the composition root, and {@link #NONE} falls back to {@code sendText}.
 */
public interface RawFrames {

    RawFrames NONE = (session, frame) -> null;

    /**
     * Queues the frame (a duplicate the caller may hand over) for the session; the write's outcome, or null
     * when raw frames are not supported here.
     */
    java.util.concurrent.Future<?> send(Session session, ByteBuffer frame);

    /** An unmasked, final text frame (RFC 6455 §5.2) as a server sends it; no extension is negotiated. */
    static ByteBuffer textFrame(String text) {
        return io.gerbang.adapters.websocket.socketio.Outgoing.textFrame(text);
    }
}
