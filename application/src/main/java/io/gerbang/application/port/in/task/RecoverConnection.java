package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.domain.task.MessageId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Socket.IO's connection state recovery: what a connection had is kept for the recovery window after it is lost (a
 * train tunnel, a node restarted or gone), and a client that comes back in time, on any node, with the private id it
 * was given and the offset of the last room event it received is put back in its rooms, and is sent what it missed.
 * Off when the window is zero.
 */
public interface RecoverConnection {

    /** How long a lost connection stays recoverable; zero: never. */
    Duration window();

    default boolean enabled() {
        return !window().isNegative() && !window().isZero();
    }

    /** A new private id for a connection, unguessable. */
    String newPrivateId();

    /** Keeps or renews what these connections have now, for the window (a node renews its live ones now and then). */
    void keep(List<RecoverableConnection> connections);

    /**
     * What the connection with this private id had, and the message after which it missed the rest: only if it was
     * the caller's own, is within the window, and the offset is one the server could have sent (a message id no
     * newer than the newest). Taken, so a private id recovers once. Anything else (an unknown id, another person's,
     * an offset of no known shape or from the future) is empty: the client gets a fresh connection.
     */
    Optional<Recovered> recover(String privateId, String offset, Principal caller);

    /** The client ended the connection itself, or it may not come back (its session ended): nothing to recover. */
    void forget(String privateId);

    /** A connection put back: its rooms, and the last message the client had. */
    record Recovered(RecoverableConnection connection, MessageId since) {}
}
