package io.gerbang.adapters.websocket;

import io.gerbang.adapters.websocket.socketio.FrameWriter;
import io.gerbang.application.model.ConnectionId;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A chat socket of the {@code /ws} door: JSON frames on a Jakarta WebSocket session. */
final class WsSocket extends ChatSocket {

    private static final Logger LOG = LoggerFactory.getLogger(WsSocket.class);
    private static final ByteBuffer NO_BYTES = ByteBuffer.allocate(0);
    private final Session session;
    /** The socket's own writer of encoded frames, or null where the container has none (then text is sent). */
    private final FrameWriter writer;
    /** Whether a write through {@link #writer} failed: the sweep closes the socket then. */
    private volatile boolean writeFailed;
    /** When the client was last heard from (a frame, or the pong to a ping), in the clock's milliseconds. */
    private volatile long heardAt;

    WsSocket(
            ConnectionId id,
            Session session,
            Instant openedAt,
            ChatLimits limits,
            SocketTaskQueue lane,
            RawFrames raw) {
        super(id, openedAt, limits, lane);
        this.session = session;
        this.writer = raw.writerFor(session, () -> writeFailed = true);
        this.heardAt = openedAt.toEpochMilli();
    }

    void heard(long nowMillis) {
        heardAt = nowMillis;
    }

    /**
     * A ping frame when it is time (the client's pong, which RFC 6455 has every client send, shows it is still
     * there); a client not heard from for longer than {@code quietFor} is closed as gone.
     */
    @Override
    void keepAlive(Instant now, boolean pingNow, Duration quietFor) {
        if (now.toEpochMilli() - heardAt > quietFor.toMillis()) {
            close(CloseCodes.GONE_QUIET, "no answer to pings");
        } else if (pingNow && !closing() && session.isOpen()) {
            try {
                session.getAsyncRemote().sendPing(NO_BYTES.duplicate());
            } catch (IOException | RuntimeException closedMeanwhile) {
                // Tyrus refuses a write to a socket that is closing with a bare RuntimeException
                LOG.debug("socket {} closed before its ping", id);
            }
        }
    }

    /**
     * Sends without waiting; frames to one socket keep the order they are sent in. They take the room events'
     * way where there is one, so that a room's missed messages (sent here) and its live events that waited for
     * them reach the client in that order, whatever else the container is writing to it (a ping, say).
     */
    void send(String frame) {
        if (closing() || !session.isOpen()) {
            return;
        }
        write(RawFrames.textFrame(frame), frame);
    }

    /** The same encoded frame every socket of the room gets; the text where raw frames are not had. */
    @Override
    void deliver(RoomFrames event) {
        if (closing() || !session.isOpen()) {
            return;
        }
        write(event.frame(), event.text());
    }

    /** The encoded frame where the container takes one (its outcome checked by the sweep), else the text. */
    private synchronized void write(ByteBuffer frame, String text) {
        if (writer != null) {
            // false: the client went away since the check, and its close takes it out of the rooms
            writer.write(frame);
            return;
        }
        session.getAsyncRemote().sendText(text, result -> {
            if (!result.isOK()) {
                close(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "could not deliver");
            }
        });
    }

    /**
     * A raw write that failed (the client reads too slowly, say) closes the socket, as a failed sendText
     * does; checked by the sweep, so within half a second.
     */
    @Override
    void checkWrites() {
        if (writeFailed) {
            close(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "could not deliver");
        }
    }

    @Override
    void closed(int code, String reason) {
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | IllegalStateException alreadyGone) {
            LOG.debug("socket {} was already closed", id);
        }
    }
}
