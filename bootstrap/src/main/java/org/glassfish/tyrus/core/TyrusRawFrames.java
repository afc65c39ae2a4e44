package org.glassfish.tyrus.core;

import io.gerbang.adapters.websocket.RawFrames;
import jakarta.websocket.Session;
import java.nio.ByteBuffer;

/**
 * Tyrus's way to send an encoded frame: {@code TyrusWebSocket#sendRawFrame}, reached through the remote
 * endpoint's package-private socket, hence this class in Tyrus's package, in bootstrap (like
 * {@code TyrusOnGrizzly}). Any other session falls back to {@code sendText}.
 */
public final class TyrusRawFrames implements RawFrames {

    @Override
    public boolean send(Session session, ByteBuffer frame) {
        if (session.getAsyncRemote() instanceof TyrusRemoteEndpoint remote) {
            remote.webSocket.sendRawFrame(frame);
            return true;
        }
        return false;
    }
}
