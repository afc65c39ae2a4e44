package io.gerbang.features.steps;

import io.gerbang.adapters.persistence.redis.RedisClients;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.time.Duration;
import java.util.Map;
import org.redisson.api.RedissonClient;

/**
 * Two Gerbang nodes on one PostgreSQL and one Redis, started once for the whole run: with the request limits
 * off (one loopback client signs in far more than 10 times a minute across the specs), and, for the
 * scenarios tagged {@code @limits-on}, a second pair with every limit on that believes
 * {@code X-Forwarded-For} from {@link #TRUSTED_PROXY}; for the scenarios tagged {@code @short-tokens}, a third
 * pair whose native access tokens live {@link #SHORT_ACCESS_TTL} (a client app's own TTL still applies), so that a
 * client can be seen outliving several of them.
 */
final class RunningGerbang {

    static final Duration GRACE = Duration.ofSeconds(2);
    static final String TRUSTED_PROXY = "127.0.0.9";

    static final Duration SHORT_ACCESS_TTL = Duration.ofSeconds(3);

    /**
     * When set (to a balancer's port, by {@code cluster.LocalClusterTest}), every scenario talks to that one address:
     * "node A" and "node B" are both the balancer, which spreads their requests over the nodes behind it.
     */
    static final String BALANCER_PORT = "gerbang.features.balancer-port";

    private static RunningGerbang balanced;
    private static RunningGerbang unlimited;
    private static RunningGerbang limited;
    private static RunningGerbang shortLived;
    private static boolean limitsOn;
    private static boolean shortTokens;

    final Http nodeA;
    final Http nodeB;
    final int portA;
    final int portB;
    /** The PostgreSQL schema both nodes use, for the specs that look at what is stored. */
    final String schema;

    private final String redisPrefix;
    /** The environment both nodes run with: what the admin command line needs to work on their stores. */
    final Map<String, String> environment;

    private RunningGerbang(int portA, int portB, String schema, String redisPrefix, Map<String, String> environment) {
        this.schema = schema;
        this.environment = environment;
        this.nodeA = new Http(portA);
        this.nodeB = new Http(portB);
        this.portA = portA;
        this.portB = portB;
        this.redisPrefix = redisPrefix;
    }

    /** The pair the current scenario talks to. */
    static synchronized RunningGerbang get() {
        String balancer = System.getProperty(BALANCER_PORT);
        if (balancer != null) {
            if (balanced == null) {
                int port = Integer.parseInt(balancer);
                // its stores are the cluster's own: a scenario that reads them directly is not one to run through it
                balanced = new RunningGerbang(
                        port, port, null, null, Map.of("GERBANG_PUBLIC_URL", "http://127.0.0.1:" + port));
            }
            return balanced;
        }
        if (shortTokens) {
            if (shortLived == null) {
                shortLived = start(Map.of("GERBANG_ACCESS_TTL", String.valueOf(SHORT_ACCESS_TTL.toSeconds())));
            }
            return shortLived;
        }
        if (limitsOn) {
            if (limited == null) {
                limited = start(Map.of("GERBANG_RATE_LIMITS", "on", "GERBANG_TRUSTED_PROXIES", TRUSTED_PROXY));
            }
            return limited;
        }
        if (unlimited == null) {
            unlimited = start(Map.of());
        }
        return unlimited;
    }

    /** Picks the pair for the next scenario; with limits on, every counter starts full. */
    static synchronized void forScenario(boolean withLimits, boolean withShortTokens) {
        limitsOn = withLimits;
        shortTokens = withShortTokens;
        if (withLimits) {
            get().forgetLimits();
        }
    }

    private void forgetLimits() {
        RedissonClient redis = RedisClients.connect(TestStores.shared().redisUrl());
        try {
            redis.getKeys().deleteByPattern(redisPrefix + "limit:*");
        } finally {
            redis.shutdown();
        }
    }

    private static RunningGerbang start(Map<String, String> limits) {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        Map<String, String> settings = new java.util.HashMap<>(limits);
        settings.put("GERBANG_REFRESH_GRACE", String.valueOf(GRACE.toSeconds()));
        // node A is what a balancer would be: both nodes name their issuers under its URL, as nodes behind one do
        int portA = freePort();
        settings.put("GERBANG_PUBLIC_URL", "http://127.0.0.1:" + portA);
        Map<String, String> onA = new java.util.HashMap<>(settings);
        onA.put("GERBANG_PORT", String.valueOf(portA));
        GerbangServer a = cluster.startNode(onA);
        GerbangServer b = cluster.startNode(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            a.close();
            b.close();
        }));
        Map<String, String> environment = new java.util.HashMap<>(cluster.environment());
        environment.putAll(settings);
        return new RunningGerbang(
                a.port(),
                b.port(),
                cluster.setting("GERBANG_DB_SCHEMA"),
                cluster.setting("GERBANG_REDIS_PREFIX"),
                Map.copyOf(environment));
    }

    /** The issuer of a tenant, as both nodes name it. */
    String issuer(long tenant) {
        return environment.get("GERBANG_PUBLIC_URL") + "/t/" + tenant;
    }

    String redisPrefix() {
        return redisPrefix;
    }

    private static int freePort() {
        try (java.net.ServerSocket probe =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return probe.getLocalPort();
        } catch (java.io.IOException cannot) {
            throw new java.io.UncheckedIOException(cannot);
        }
    }
}
