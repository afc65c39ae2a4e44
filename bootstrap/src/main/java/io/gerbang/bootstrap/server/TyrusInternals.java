package io.gerbang.bootstrap.server;

import jakarta.websocket.Session;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.Future;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.tyrus.container.grizzly.server.GrizzlyServerContainer;
import org.glassfish.tyrus.container.grizzly.server.WebSocketAddOn;
import org.glassfish.tyrus.core.TyrusRemoteEndpoint;
import org.glassfish.tyrus.core.TyrusWebSocket;
import org.glassfish.tyrus.spi.ServerContainer;

/**
 * The two things Gerbang needs of Tyrus that its public API does not offer, in one place, reached by name
 * from outside Tyrus's packages (no class of ours lives in them):
 * <ul>
 *   <li>the Grizzly add-on that serves upgrades on a server Jersey also uses: {@link WebSocketAddOn}'s
 *       constructor is package-private in Tyrus 2.2.0 (Tyrus issue #494);</li>
 *   <li>sending a frame encoded once for a whole room: {@code TyrusWebSocket#sendRawFrame} is public, but the
 *       web socket of a session is only held by its remote endpoint's package-private field.</li>
 * </ul>
 * Both are looked up when this class loads, so a Tyrus that changed them stops the server at its start, and
 * {@code TyrusInternalsTest} pins the Tyrus version they were read from.
 */
public final class TyrusInternals {

    /** The Tyrus release whose package-private members are used here. */
    public static final String TYRUS_VERSION = "2.2.0";

    private static final MethodHandle ADD_ON;
    private static final VarHandle WEB_SOCKET;

    static {
        try {
            ADD_ON = MethodHandles.privateLookupIn(WebSocketAddOn.class, MethodHandles.lookup())
                    .findConstructor(
                            WebSocketAddOn.class,
                            MethodType.methodType(void.class, ServerContainer.class, String.class));
            WEB_SOCKET = MethodHandles.privateLookupIn(TyrusRemoteEndpoint.class, MethodHandles.lookup())
                    .findVarHandle(TyrusRemoteEndpoint.class, "webSocket", TyrusWebSocket.class);
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
     * Queues an encoded frame for the session: the write's outcome, or null for a session that is not Tyrus's
     * (the chat then sends text).
     */
    public static Future<?> sendRawFrame(Session session, ByteBuffer frame) {
        if (session.getAsyncRemote() instanceof TyrusRemoteEndpoint remote) {
            return ((TyrusWebSocket) WEB_SOCKET.get(remote)).sendRawFrame(frame);
        }
        return null;
    }
}
