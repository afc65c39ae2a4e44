package io.gerbang.bootstrap.server;

import io.gerbang.adapters.websocket.socketio.FrameWriter;
import jakarta.websocket.Session;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.Map;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.memory.Buffers;
import org.glassfish.tyrus.container.grizzly.client.GrizzlyWriter;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerContainer;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.ProtocolHandler;
import org.glassfish.tyrus.core.TyrusRemoteEndpoint;
import org.glassfish.tyrus.core.TyrusWebSocket;
import org.glassfish.tyrus.spi.ServerContainer;
import org.glassfish.tyrus.spi.Writer;

/**
 * The two things Gerbang needs of Tyrus that its public API does not offer, in one place, reached by name
 * from outside Tyrus's packages (no class of ours lives in them):
 * <ul>
 *   <li>the Grizzly add-on that serves upgrades on a server Jersey also uses: {@link WebSocketAddOn}'s
 *       constructor is package-private in Tyrus 2.2.0 (Tyrus issue #494);</li>
 *   <li>sending a frame encoded once for a whole room: the web socket of a session is only held by its remote
 *       endpoint's package-private field, and the Grizzly connection under it by its protocol handler's writer.
 *       The frame goes to that connection's filter chain as Tyrus's own writer hands it over, but without
 *       Tyrus's per-message work on the way (a lock, a fragment check, a task queue and two futures per frame:
 *       over a quarter of a room event's CPU outside the kernel, bench/README.md).</li>
 * </ul>
 * Both are looked up when this class loads, so a Tyrus that changed them stops the server at its start, and
 * {@code TyrusInternalsTest} pins the Tyrus version they were read from.
 */
public final class TyrusInternals {

    /** The Tyrus release whose package-private members are used here. */
    public static final String TYRUS_VERSION = "2.2.0";

    private static final MethodHandle ADD_ON;
    private static final VarHandle WEB_SOCKET;
    private static final VarHandle PROTOCOL_HANDLER;
    private static final VarHandle WRITER;
    private static final VarHandle CONNECTION;

    static {
        try {
            ADD_ON = MethodHandles.privateLookupIn(WebSocketAddOn.class, MethodHandles.lookup())
                    .findConstructor(
                            WebSocketAddOn.class,
                            MethodType.methodType(void.class, ServerContainer.class, String.class));
            WEB_SOCKET = MethodHandles.privateLookupIn(TyrusRemoteEndpoint.class, MethodHandles.lookup())
                    .findVarHandle(TyrusRemoteEndpoint.class, "webSocket", TyrusWebSocket.class);
            PROTOCOL_HANDLER = MethodHandles.privateLookupIn(TyrusWebSocket.class, MethodHandles.lookup())
                    .findVarHandle(TyrusWebSocket.class, "protocolHandler", ProtocolHandler.class);
            WRITER = MethodHandles.privateLookupIn(ProtocolHandler.class, MethodHandles.lookup())
                    .findVarHandle(ProtocolHandler.class, "writer", Writer.class);
            CONNECTION = MethodHandles.privateLookupIn(GrizzlyWriter.class, MethodHandles.lookup())
                    .findVarHandle(GrizzlyWriter.class, "connection", Connection.class);
        } catch (ReflectiveOperationException changed) {
            throw new ExceptionInInitializerError(
                    "Tyrus is not the " + TYRUS_VERSION + " these internals were read from: " + changed);
        }
    }

    private TyrusInternals() {}

    /** A Tyrus container whose own server is never started: it only holds the endpoints. */
    public static ServerContainer container(Map<String, Object> properties) {
        return new GrizzlyServerContainer().createContainer(properties);
    }

    /** The add-on that hands a listener's WebSocket upgrades to the container's endpoints. */
    public static AddOn addOn(ServerContainer container, String contextPath) {
        try {
            return (AddOn) ADD_ON.invoke(container, contextPath);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The writer of encoded frames to this session's Grizzly connection, or null for a session that is not Tyrus's
     * on Grizzly (the chat then sends text). Made once per socket: each frame then costs the connection's write and
     * one wrapper of its bytes. {@code failed} runs when a write fails or is cancelled.
     */
    public static FrameWriter writerFor(Session session, Runnable failed) {
        if (!(session.getAsyncRemote() instanceof TyrusRemoteEndpoint remote)) {
            return null;
        }
        TyrusWebSocket webSocket = (TyrusWebSocket) WEB_SOCKET.get(remote);
        ProtocolHandler handler = (ProtocolHandler) PROTOCOL_HANDLER.get(webSocket);
        return WRITER.getVolatile(handler) instanceof GrizzlyWriter writer
                ? new ConnectionWriter(session, (Connection<?>) CONNECTION.get(writer), failed)
                : null;
    }

    /**
     * Frames down the connection's filter chain (the WebSocket guard, the idle timer, the transport); its one
     * completion handler serves every write.
     */
    private static final class ConnectionWriter extends EmptyCompletionHandler<Object> implements FrameWriter {

        private final Session session;
        private final Connection<?> connection;
        private final Runnable failed;

        ConnectionWriter(Session session, Connection<?> connection, Runnable failed) {
            this.session = session;
            this.connection = connection;
            this.failed = failed;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"}) // Grizzly's write is typed by the address, which TCP has not
        public boolean write(ByteBuffer frame) {
            // a session that closed (or is closing) takes no more, as Tyrus refuses any write to it; a connection
            // that dropped under an open session fails the write, and the handler hears it
            if (!session.isOpen()) {
                return false;
            }
            // a heap frame's bytes are wrapped where they are (the write moves the wrapper, not the frame)
            Buffer bytes = frame.hasArray()
                    ? Buffers.wrap(
                            connection.getMemoryManager(),
                            frame.array(),
                            frame.arrayOffset() + frame.position(),
                            frame.remaining())
                    : Buffers.wrap(connection.getMemoryManager(), frame.duplicate());
            ((Connection) connection).write(bytes, this);
            return true;
        }

        @Override
        public void failed(Throwable failure) {
            failed.run();
        }

        @Override
        public void cancelled() {
            failed.run();
        }
    }
}
