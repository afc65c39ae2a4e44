package org.glassfish.tyrus.core;

import jakarta.websocket.Session;
import java.nio.ByteBuffer;
import java.util.concurrent.Future;

/**
 * Tyrus's way to send an encoded frame: {@code TyrusWebSocket#sendRawFrame}, reached through the remote
 * endpoint's package-private socket, hence this class in Tyrus's package, in bootstrap (like
 * {@code TyrusOnGrizzly}). Bootstrap hands it to the chat as its {@code RawFrames}.
 */
public final class TyrusRawFrames {

    private TyrusRawFrames() {
    }

    /** Queues the frame: the write's outcome, or null for a session that is not Tyrus's (then: sendText). */
    public static Future<?> send(Session session, ByteBuffer frame) {
        if (session.getAsyncRemote() instanceof TyrusRemoteEndpoint remote) {
            return remote.webSocket.sendRawFrame(frame);
        }
        return null;
    }
}
