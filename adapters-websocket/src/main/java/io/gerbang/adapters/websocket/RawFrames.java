package io.gerbang.adapters.websocket;

import io.gerbang.adapters.websocket.socketio.FrameWriter;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;

/**
 * Sends an already encoded WebSocket frame to a session, where the container allows it. A room event goes to
 * many sockets: encoded once per node, the same bytes go to each, instead of one UTF-8 encoding and one
 * frame per socket through {@code sendText}. The Jakarta API has no such call; a container-specific one is
 * plugged in by the composition root, and {@link #NONE} falls back to {@code sendText}.
 */
public interface RawFrames {

    RawFrames NONE = (session, failed) -> null;

    /**
     * The writer of encoded frames to this open session, made once for it, or null when raw frames are not had here;
     * {@code failed} runs, on the container's thread, when a write fails (the client reads too slowly, say).
     */
    FrameWriter writerFor(Session session, Runnable failed);

    /** An unmasked, final text frame (RFC 6455 §5.2) as a server sends it; no extension is negotiated. */
    static ByteBuffer textFrame(String text) {
        return io.gerbang.adapters.websocket.socketio.Outgoing.textFrame(text);
    }
}
