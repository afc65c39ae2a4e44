package io.gerbang.application.service.operations;

import io.gerbang.application.port.in.operations.CheckLiveness;
import io.gerbang.application.port.out.StoreEngines;
import java.util.LinkedHashMap;
import java.util.Map;

public class CheckLivenessService implements CheckLiveness {

    private final StoreEngines engines;

    public CheckLivenessService(StoreEngines engines) {
        this.engines = engines;
    }

    @Override
    public Liveness check() {
        Map<String, String> states = new LinkedHashMap<>();
        boolean alive = true;
        for (Map.Entry<String, StoreEngines.State> engine : engines.states().entrySet()) {
            states.put(engine.getKey(), engine.getValue().name());
            alive &= engine.getValue() != StoreEngines.State.FAILED;
        }
        return new Liveness(alive, states);
    }
}
