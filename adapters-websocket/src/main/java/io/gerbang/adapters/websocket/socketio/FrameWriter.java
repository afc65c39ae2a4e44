package io.gerbang.adapters.websocket.socketio;

import jakarta.websocket.Session;
import java.nio.ByteBuffer;

/**
 * Writes already encoded WebSocket frames straight to one socket's connection, made once per socket by the container
 * that can (a room's event is encoded once per node and the same bytes go to every socket of the room).
 */
public interface FrameWriter {

    /**
     * Queues the frame's bytes after those queued before, without changing the frame (the same one goes to every
     * socket); false, and nothing written, once the socket is no longer connected.
     */
    boolean write(ByteBuffer frame);

    /** Makes each socket's writer when it opens, where the container can. */
    @FunctionalInterface
    interface Source {

        /**
         * The writer of encoded frames to this open session, made once for it, or null when raw frames are not had
         * here (then text is sent); {@code failed} runs, on the container's thread, when a write fails (the client
         * reads too slowly, say).
         */
        FrameWriter writerFor(Session session, Runnable failed);
    }
}
