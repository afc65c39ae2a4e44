package io.gerbang.features.steps;

import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.time.Duration;
import java.util.Map;

/** Two Gerbang nodes on one PostgreSQL and one Redis, started once for the whole run. */
final class RunningGerbang {

    static final Duration GRACE = Duration.ofSeconds(2);

    private static RunningGerbang running;

    final Http nodeA;
    final Http nodeB;

    private RunningGerbang(GerbangServer a, GerbangServer b) {
        this.nodeA = new Http(a.port());
        this.nodeB = new Http(b.port());
    }

    static synchronized RunningGerbang get() {
        if (running == null) {
            TestGerbang.Cluster cluster = TestGerbang.cluster();
            Map<String, String> settings = Map.of("GERBANG_REFRESH_GRACE", String.valueOf(GRACE.toSeconds()));
            GerbangServer a = cluster.startNode(settings);
            GerbangServer b = cluster.startNode(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                a.close();
                b.close();
            }));
            running = new RunningGerbang(a, b);
        }
        return running;
    }
}
