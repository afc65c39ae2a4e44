package io.gerbang.adapters.websocket;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One open chat socket, whichever door it came through ({@code /ws} or {@code /socket.io/}): who is behind
 * it (once proven), which rooms it is in, how fast it may send, and the lane its work runs on. Each door
 * says how a room's event reaches it and how it is closed.
 */
abstract class ChatSocket {

    final ConnectionId id;
    final Instant openedAt;
    final Set<TaskId> rooms = ConcurrentHashMap.newKeySet();
    /** Where this socket's frames are handled, in order, off the I/O threads. */
    final SocketTaskQueue lane;

    private final Bucket frames;
    private volatile Principal principal;
    private final int refusedBeforeClose;
    private int refusedInARow;
    private volatile boolean closing;

    ChatSocket(ConnectionId id, Instant openedAt, ChatLimits limits, SocketTaskQueue lane) {
        this.id = id;
        this.lane = lane;
        this.openedAt = openedAt;
        this.refusedBeforeClose = limits.refusedBeforeClose();
        this.frames = limits.rateLimited()
                ? Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(2L * limits.framesPerSecond())
                                .refillGreedy(limits.framesPerSecond(), Duration.ofSeconds(1))
                                .build())
                        .build()
                : null;
    }

    Principal principal() {
        return principal;
    }

    void authenticated(Principal proven) {
        this.principal = proven;
    }

    /**
     * Whether this frame may be handled, under the rate limit. A refused frame counts; a socket that goes on
     * past {@code refusedBeforeClose} refusals in a row is closed (4429). Called from the socket's reading
     * thread.
     */
    boolean admit() {
        if (frames == null || frames.tryConsume(1)) {
            refusedInARow = 0;
            return true;
        }
        if (++refusedInARow > refusedBeforeClose) {
            close(CloseCodes.TOO_MANY_FRAMES, "too many frames");
        }
        return false;
    }

    /** What this socket would be put back to after a short loss; null where its door recovers nothing. */
    RecoverableConnection recoverable() {
        return null;
    }

    /** Sends a room's event, encoded once per node for each door. */
    abstract void deliver(RoomFrames event);

    /** Rooms whose missed messages are being sent: their live events wait here until those are out. */
    private final Map<TaskId, List<RoomFrames>> catchingUp = new HashMap<>();
    /** How many rooms are catching up: a delivery looks no further while it is 0 (the usual case). */
    private volatile int roomsCatchingUp;
    /**
     * Rooms this socket caught up in, with the last message it was sent then. A message stored before the
     * catch-up read it may still be on its way as a live event after the catch-up ended (it is published after
     * it is stored); that event is a repeat and goes no further. Kept while the socket is in the room.
     */
    private final Map<TaskId, Long> caughtUpTo = new ConcurrentHashMap<>();

    /** A live event of a room this socket is in: delivered, or held while the room's missed messages go out. */
    final void offer(TaskId task, RoomFrames event) {
        if (!caughtUpTo.isEmpty() && sentInCatchUp(task, event)) {
            return;
        }
        if (roomsCatchingUp > 0) {
            synchronized (catchingUp) {
                List<RoomFrames> held = catchingUp.get(task);
                if (held != null) {
                    held.add(event);
                    return;
                }
            }
        }
        deliver(event);
    }

    /** From now on the room's live events are held: called before the socket enters the room. */
    final void beginCatchingUp(TaskId task) {
        synchronized (catchingUp) {
            if (catchingUp.putIfAbsent(task, new ArrayList<>()) == null) {
                roomsCatchingUp++;
            }
        }
    }

    /**
     * The missed messages are out (the last of them {@code lastSent}, or null for none): the held events go out
     * now, in their order, but a message already sent among the missed ones; then live events flow again, the
     * same repeats still left out. Done under the lock that holds them, so no live event overtakes a held one.
     */
    final void endCatchingUp(TaskId task, MessageId lastSent) {
        synchronized (catchingUp) {
            List<RoomFrames> held = catchingUp.remove(task);
            if (held == null) {
                return;
            }
            if (lastSent != null) {
                caughtUpTo.put(task, lastSent.value());
            }
            for (RoomFrames event : held) {
                if (!sentInCatchUp(task, event)) {
                    deliver(event);
                }
            }
            roomsCatchingUp--;
        }
    }

    /** The socket left the room: what it caught up there no longer matters. */
    final void leftRoom(TaskId task) {
        caughtUpTo.remove(task);
    }

    private boolean sentInCatchUp(TaskId task, RoomFrames event) {
        if (!(event.event() instanceof RoomEvent.NewMessage message)) {
            return false;
        }
        Long last = caughtUpTo.get(task);
        return last != null && message.message().id().value() <= last;
    }

    /**
     * Closes the socket from the server's side, for the reason a {@code /ws} close code names
     * ({@link CloseCodes}); the other door says it its own way. Once.
     */
    final void close(int code, String reason) {
        if (closing) {
            return;
        }
        closing = true;
        closed(code, reason);
    }

    abstract void closed(int code, String reason);

    /** A write that failed since the last look closes the socket; checked by the sweep. */
    void checkWrites() {}

    /** The heartbeat of a door that has none of its own: called by the sweep; nothing by default. */
    void keepAlive(Instant now, boolean pingNow, Duration quietFor) {}

    boolean closing() {
        return closing;
    }
}
