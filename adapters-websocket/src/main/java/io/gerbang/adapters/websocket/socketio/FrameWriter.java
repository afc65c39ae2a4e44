package io.gerbang.adapters.websocket.socketio;

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
}
