package io.gerbang.application.port.in;

import java.util.Map;

/** Whether every backing store answers (GET /ready). */
public interface CheckReadiness {

    Readiness check();

    record Readiness(Map<String, Boolean> stores) {
        public boolean ready() {
            return stores.values().stream().allMatch(Boolean::booleanValue);
        }
    }
}
