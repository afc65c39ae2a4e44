package io.gerbang.application.port.in.operations;

import java.util.Map;

/** Whether this node is alive and well (GET /health): it answers, and no engine it runs is beyond repair. */
public interface CheckLiveness {

    Liveness check();

    /** @param engines the engines the node runs itself, by store, with their state's name */
    record Liveness(boolean alive, Map<String, String> engines) {}
}
