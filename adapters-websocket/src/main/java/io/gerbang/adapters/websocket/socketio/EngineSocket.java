package io.gerbang.adapters.websocket.socketio;

/** A WebSocket that carries an Engine.IO session: the websocket transport's side, as the session sees it. */
public interface EngineSocket {

    /** Sends one text frame, without waiting. */
    void send(String text);

    /** Sends one text frame encoded once for many sockets (see {@link Outgoing}), without waiting. */
    void send(Outgoing message);

    /** Sends one binary frame, without waiting. */
    void send(byte[] bytes);

    /** Closes the WebSocket (normal closure). */
    void close();
}
