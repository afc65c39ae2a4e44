package io.gerbang.adapters.websocket.socketio;

import java.time.Duration;
import java.util.function.Predicate;

/**
 * How an Engine.IO server behaves: the heartbeat it asks of clients ({@code pingInterval}, then
 * {@code pingTimeout} for the answer), the largest packet or polling body it takes ({@code maxPayload}
 * bytes), how long a client has to connect to a namespace ({@code connectTimeout}), and which browser
 * origins polling requests may come from. With {@code credentials} an allowed origin is echoed and
 * credentials are allowed; without them every origin may read ({@code *}), as the protocol suites want.
 */
public record EngineSettings(
        Duration pingInterval,
        Duration pingTimeout,
        int maxPayload,
        Duration connectTimeout,
        Predicate<String> origins,
        boolean credentials) {

    /**
     * The contract's settings (API.md, "Socket.IO task chat"): the given heartbeat, {@code maxPayload} 65,536,
     * the reference server's 45 s to connect, the given origins with credentials.
     */
    public static EngineSettings contract(Duration pingInterval, Duration pingTimeout, Predicate<String> origins) {
        return new EngineSettings(pingInterval, pingTimeout, 65_536, Duration.ofSeconds(45), origins, true);
    }
}
