package org.glassfish.tyrus.core;

import jakarta.websocket.Session;
import java.nio.ByteBuffer;

/**
 * Tyrus's way to send an encoded frame: {@code TyrusWebSocket#sendRawFrame}, reached through the remote
 * endpoint's package-private socket, hence this class in Tyrus's package, in bootstrap (like
 * {@code TyrusOnGrizzly}). Bootstrap hands it to the chat as its {@code RawFrames}.
 */
public final class TyrusRawFrames {

    private TyrusRawFrames() {
    }

    /** Queues the frame; false for a session that is not Tyrus's (the caller then uses sendText). */
    public static boolean send(Session session, ByteBuffer frame) {
        if (session.getAsyncRemote() instanceof TyrusRemoteEndpoint remote) {
            remote.webSocket.sendRawFrame(frame);
            return true;
        }
        return false;
    }
}
