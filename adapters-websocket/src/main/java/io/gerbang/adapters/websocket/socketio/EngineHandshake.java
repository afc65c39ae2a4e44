package io.gerbang.adapters.websocket.socketio;

/**
 * What the request that opened an Engine.IO session said that the layers above need: its {@code Authorization}
 * header and its {@code Origin} (null when absent), the Engine.IO protocol it speaks ({@code EIO}: 4, or 3 for
 * {@code socket.io-client} 2.x), and, for such a client, which has no {@code auth} payload, the {@code token}
 * query parameter (null when absent; never logged).
 */
public record EngineHandshake(String authorization, String origin, int protocol, String token) {

    public static final int LEGACY = 3;
    public static final int CURRENT = 4;

    public EngineHandshake {
        if (protocol != LEGACY && protocol != CURRENT) {
            throw new IllegalArgumentException("Engine.IO 3 or 4");
        }
    }

    public EngineHandshake(String authorization, String origin) {
        this(authorization, origin, CURRENT, null);
    }

    /** Engine.IO v3 with Socket.IO protocol v4: the client pings, payloads are length-prefixed, "/" is implicit. */
    public boolean legacy() {
        return protocol == LEGACY;
    }

    /** The protocol a handshake's {@code EIO} names, or 0 for one Gerbang does not speak. */
    static int protocolOf(String eio) {
        return "4".equals(eio) ? CURRENT : "3".equals(eio) ? LEGACY : 0;
    }

    @Override
    public String toString() {
        return "EngineHandshake[EIO=" + protocol + (origin == null ? "" : ", " + origin) + "]";
    }
}
