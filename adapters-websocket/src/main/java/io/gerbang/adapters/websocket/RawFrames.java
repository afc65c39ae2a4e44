package io.gerbang.adapters.websocket;

import io.gerbang.adapters.websocket.socketio.FrameWriter;
import java.nio.ByteBuffer;

/**
 * Writers of already encoded WebSocket frames, one per session, where the container allows it. A room event goes to
 * many sockets: encoded once per node, the same bytes go to each, instead of one UTF-8 encoding and one
 * frame per socket through {@code sendText}. The Jakarta API has no such call; a container-specific one is
 * plugged in by the composition root, and {@link #NONE} falls back to {@code sendText}.
 */
public interface RawFrames extends FrameWriter.Source {

    RawFrames NONE = (session, failed) -> null;

    /** An unmasked, final text frame (RFC 6455 §5.2) as a server sends it; no extension is negotiated. */
    static ByteBuffer textFrame(String text) {
        return io.gerbang.adapters.websocket.socketio.Outgoing.textFrame(text);
    }
}
