package io.gerbang.adapters.websocket.socketio;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A WebSocket of the tests: what the session sent on it, and whether it closed it. */
final class RecordingSocket implements EngineSocket {

    final List<String> sent = new CopyOnWriteArrayList<>();
    volatile boolean closed;

    @Override
    public void send(String text) {
        sent.add(text);
    }

    @Override
    public void send(Outgoing message) {
        sent.add(String.valueOf(message));
    }

    @Override
    public void send(byte[] bytes) {
        sent.add("binary");
    }

    @Override
    public void close() {
        closed = true;
    }
}
