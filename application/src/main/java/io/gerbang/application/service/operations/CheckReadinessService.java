package io.gerbang.application.service.operations;

import io.gerbang.application.port.in.operations.CheckReadiness;
import io.gerbang.application.port.out.StoreProbe;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class CheckReadinessService implements CheckReadiness {

    private final List<StoreProbe> probes;
    private volatile boolean stopping;

    public CheckReadinessService(List<StoreProbe> probes) {
        this.probes = List.copyOf(probes);
    }

    @Override
    public Readiness check() {
        Map<String, Boolean> stores = new LinkedHashMap<>();
        for (StoreProbe probe : probes) {
            stores.put(probe.store(), probe.reachable());
        }
        return new Readiness(stores, stopping);
    }

    @Override
    public void stopTakingWork() {
        stopping = true;
    }
}
