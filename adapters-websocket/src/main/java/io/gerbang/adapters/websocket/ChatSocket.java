package io.gerbang.adapters.websocket;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.gerbang.application.port.in.Principal;
import io.gerbang.domain.task.TaskId;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One open socket: who is behind it (once proven), which rooms it is in, how fast it may send. */
final class ChatSocket {

    private static final Logger LOG = LoggerFactory.getLogger(ChatSocket.class);

    final String id;
    final Session session;
    final Instant openedAt;
    final Set<TaskId> rooms = ConcurrentHashMap.newKeySet();
    /** Where this socket's frames are handled, in order, off the I/O threads. */
    final SerialLane lane;
    private final Bucket frames;
    private volatile Principal principal;
    private int refusedInARow;
    private volatile boolean closing;
    private volatile java.util.concurrent.Future<?> lastRawWrite;

    ChatSocket(String id, Session session, Instant openedAt, ChatLimits limits, SerialLane lane) {
        this.id = id;
        this.lane = lane;
        this.session = session;
        this.openedAt = openedAt;
        this.frames = limits.rateLimited() ? Bucket.builder().addLimit(Bandwidth.builder()
                .capacity(2L * limits.framesPerSecond())
                .refillGreedy(limits.framesPerSecond(), Duration.ofSeconds(1)).build()).build() : null;
    }

    Principal principal() {
        return principal;
    }

    void authenticated(Principal proven) {
        this.principal = proven;
    }

    /** Whether this frame may be handled; counts refusals in a row. Called from the socket's reading thread. */
    boolean admitFrame() {
        if (frames == null || frames.tryConsume(1)) {
            refusedInARow = 0;
            return true;
        }
        refusedInARow++;
        return false;
    }

    int refusedInARow() {
        return refusedInARow;
    }

    /** Sends without waiting; frames to one socket keep the order they are sent in. */
    void send(String frame) {
        if (closing || !session.isOpen()) {
            return;
        }
        synchronized (this) {
            session.getAsyncRemote().sendText(frame, result -> {
                if (!result.isOK()) {
                    close(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "could not deliver");
                }
            });
        }
    }

    /** Sends the same encoded frame many sockets get; the text is the fallback where raw frames are not had. */
    void send(String frame, java.nio.ByteBuffer encoded, RawFrames raw) {
        if (closing || !session.isOpen()) {
            return;
        }
        synchronized (this) {
            java.util.concurrent.Future<?> written = raw.send(session, encoded.duplicate());
            if (written == null) {
                send(frame);
            } else {
                lastRawWrite = written;
            }
        }
    }

    /**
     * A raw write that failed (the client reads too slowly, say) closes the socket, as a failed sendText
     * does; checked by the sweep, so within half a second.
     */
    void checkWrites() {
        java.util.concurrent.Future<?> written = lastRawWrite;
        if (written == null || !written.isDone()) {
            return;
        }
        try {
            written.get();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.CancellationException failed) {
            close(CloseReason.CloseCodes.TRY_AGAIN_LATER.getCode(), "could not deliver");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    void close(int code, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        try {
            session.close(new CloseReason(CloseReason.CloseCodes.getCloseCode(code), reason));
        } catch (IOException | IllegalStateException alreadyGone) {
            LOG.debug("socket {} was already closed", id);
        }
    }

    boolean closing() {
        return closing;
    }
}
