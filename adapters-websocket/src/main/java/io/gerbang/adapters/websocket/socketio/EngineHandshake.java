package io.gerbang.adapters.websocket.socketio;

/**
 * What the request that opened an Engine.IO session said that the layers above need: its
 * {@code Authorization} header and its {@code Origin} (null when absent).
 */
public record EngineHandshake(String authorization, String origin) {
}
