package io.gerbang.adapters.websocket.socketio;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

/**
 * Socket.IO v5 over Engine.IO: each new Engine.IO session becomes a {@link SocketIoClient}, which connects
 * its namespaces. Only the namespaces given here exist; any other is refused with CONNECT_ERROR
 * "Invalid namespace", as the reference server does.
 */
public final class SocketIoServer implements EngineServer.Opened {

    /** A namespace: decides whether a socket may connect (with the CONNECT packet's {@code auth} payload). */
    public interface Namespace {
        /** Calls {@link SocketIoSocket#accept} or {@link SocketIoSocket#refuse}, now or later, on any thread. */
        void connect(SocketIoSocket socket, JsonNode auth);
    }

    private final SocketCodec codec;
    private final Map<String, Namespace> namespaces;
    private final ScheduledExecutorService timers;
    private final Duration connectTimeout;

    /** @param connectTimeout how long a new session has to connect to a namespace before it is closed */
    public SocketIoServer(
            SocketCodec codec,
            Map<String, Namespace> namespaces,
            ScheduledExecutorService timers,
            Duration connectTimeout) {
        this.codec = codec;
        this.namespaces = Map.copyOf(namespaces);
        this.timers = timers;
        this.connectTimeout = connectTimeout;
    }

    @Override
    public void opened(EngineSession session) {
        new SocketIoClient(session, codec, namespaces, timers, connectTimeout).start();
    }
}
