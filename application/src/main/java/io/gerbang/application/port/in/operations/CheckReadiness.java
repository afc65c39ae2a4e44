package io.gerbang.application.port.in.operations;

import java.util.Map;

/**
 * Whether the node takes work (GET /ready): every backing store answers, and the node is not stopping. Once
 * told to {@link #stopTakingWork()}, it answers not ready for good, so that a balancer moves its traffic away
 * before the node closes.
 */
public interface CheckReadiness {

    Readiness check();

    void stopTakingWork();

    record Readiness(Map<String, Boolean> stores, boolean stopping) {
        public boolean ready() {
            return !stopping && stores.values().stream().allMatch(Boolean::booleanValue);
        }
    }
}
