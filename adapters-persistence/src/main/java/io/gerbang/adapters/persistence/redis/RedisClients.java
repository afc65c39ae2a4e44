package io.gerbang.adapters.persistence.redis;

import io.netty.util.ResourceLeakDetector;
import java.util.Arrays;
import java.util.List;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.client.DefaultNettyHook;
import org.redisson.client.NettyHook;
import org.redisson.config.BaseConfig;
import org.redisson.config.Config;

/**
 * Redisson, tuned to fail fast (a Redis that is down must give 503 quickly) and to reconnect by itself. One
 * {@code redis://host:port} is a single server; two or more, comma separated, are seed nodes of a Redis Cluster.
 */
public final class RedisClients {

    private RedisClients() {}

    public static RedissonClient connect(String redisUrl) {
        return connect(redisUrl, new DefaultNettyHook());
    }

    /** With a hook on each connection's pipeline: the round-trip metrics ({@code telemetry.RedisRoundTrips}). */
    public static RedissonClient connect(String redisUrl, NettyHook hook) {
        withoutLeakTracing();
        Config config = new Config();
        config.setNettyHook(hook);
        config.setUseScriptCache(true);
        config.setThreads(2);
        config.setNettyThreads(4);
        List<String> nodes = Arrays.stream(redisUrl.split(","))
                .map(String::strip)
                .filter(node -> !node.isEmpty())
                .toList();
        if (nodes.size() > 1) {
            failingFast(config.useClusterServers().addNodeAddress(nodes.toArray(String[]::new)))
                    .setMasterConnectionMinimumIdleSize(4)
                    .setMasterConnectionPoolSize(32)
                    .setSubscriptionConnectionMinimumIdleSize(1);
        } else {
            failingFast(config.useSingleServer().setAddress(redisUrl))
                    .setConnectionMinimumIdleSize(4)
                    .setConnectionPoolSize(32)
                    .setSubscriptionConnectionMinimumIdleSize(1);
        }
        return Redisson.create(config);
    }

    /**
     * Netty's leak detector records the stack of one pooled buffer in 128 by default, an exception's worth of work
     * that cost a refresh 1.7 % of its CPU (bench/README.md, "Issue 28, fifth session"). Off unless asked for with
     * its own system property ({@code -Dio.netty.leakDetection.level=paranoid} to hunt a leak).
     */
    private static void withoutLeakTracing() {
        if (System.getProperty("io.netty.leakDetection.level") == null) {
            ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
        }
    }

    /** What a single server and a Cluster share: short timeouts, one retry, and pings that find a dead link. */
    private static <T extends BaseConfig<T>> T failingFast(T servers) {
        return servers.setConnectTimeout(2_000)
                .setTimeout(1_500)
                .setRetryAttempts(1)
                .setRetryInterval(200)
                .setPingConnectionInterval(5_000)
                .setKeepAlive(true);
    }
}
