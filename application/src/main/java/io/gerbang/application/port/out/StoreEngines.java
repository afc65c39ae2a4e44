package io.gerbang.application.port.out;

import java.util.Map;

/**
 * The store engines this node runs itself (embedded PostgreSQL and Redis), and how each fares: a dead one is
 * brought back; one that cannot be brought back makes the node unhealthy, so that whatever runs the node
 * restarts it. Stores run by others are not in it.
 */
public interface StoreEngines {

    Map<String, State> states();

    enum State {
        RUNNING,
        RESTARTING,
        FAILED
    }
}
