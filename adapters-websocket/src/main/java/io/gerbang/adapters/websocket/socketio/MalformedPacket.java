package io.gerbang.adapters.websocket.socketio;

/** A packet that is not of the protocol: the session that sent it is closed (or the request refused). */
public final class MalformedPacket extends RuntimeException {

    public MalformedPacket(String why) {
        super(why, null, false, false);
    }
}
