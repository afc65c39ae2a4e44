package io.gerbang.adapters.websocket;

import io.gerbang.adapters.websocket.socketio.Outgoing;
import io.gerbang.application.model.RoomEvent;
import java.nio.ByteBuffer;

/**
 * One room event as each door sends it, encoded at most once per node: the {@code /ws} JSON frame (its text
 * and its WebSocket frame) and the Socket.IO EVENT, each made when the first socket of that door needs it.
 */
final class RoomFrames {

    private final RoomEvent event;
    private String text;
    private ByteBuffer frame;
    private Outgoing socketIo;

    RoomFrames(RoomEvent event) {
        this.event = event;
    }

    RoomEvent event() {
        return event;
    }

    /** The {@code /ws} frame's text. */
    String text() {
        if (text == null) {
            text = Frames.of(event);
        }
        return text;
    }

    /** The {@code /ws} frame, encoded; shared: send a duplicate. */
    ByteBuffer frame() {
        if (frame == null) {
            frame = RawFrames.textFrame(text());
        }
        return frame;
    }

    /** The Socket.IO EVENT packet. */
    Outgoing socketIo() {
        if (socketIo == null) {
            socketIo = new Outgoing(SocketIoEvents.of(event));
        }
        return socketIo;
    }
}
