package org.glassfish.tyrus.container.grizzly.server;

import java.util.Map;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.tyrus.spi.ServerContainer;

/**
 * Lets Tyrus serve WebSocket upgrades on a Grizzly server that Jersey also uses. Tyrus 2.2.0 keeps its
 * add-on's constructor package-private (Tyrus issue #494), hence this class in Tyrus's package; it lives in
 * bootstrap, the one module that wires servers.
 */
public final class TyrusOnGrizzly {

    private TyrusOnGrizzly() {
    }

    /** A Tyrus container whose own server is never started: it only holds the endpoints. */
    public static ServerContainer container(Map<String, Object> properties) {
        return new GrizzlyServerContainer().createContainer(properties);
    }

    public static AddOn addOn(ServerContainer container, String contextPath) {
        return new WebSocketAddOn(container, contextPath);
    }
}
