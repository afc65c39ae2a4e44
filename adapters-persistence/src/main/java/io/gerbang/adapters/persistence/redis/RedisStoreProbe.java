package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.StoreProbe;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.redisson.api.RedissonClient;
import org.redisson.api.redisnode.RedisClusterMaster;
import org.redisson.api.redisnode.RedisNodes;

/**
 * Whether Redis answers: the one server, or on a Cluster every master (each holds a share of the slots, so a
 * master that does not answer means some sessions cannot be read).
 */
public class RedisStoreProbe implements StoreProbe {

    private final RedissonClient redis;
    private final boolean cluster;

    public RedisStoreProbe(RedissonClient redis) {
        this.redis = redis;
        this.cluster = redis.getConfig().isClusterConfig();
    }

    @Override
    public String store() {
        return RedisFailures.STORE;
    }

    /**
     * On a Cluster: whether this node reaches it at all, that is, any master answers (all asked at once, each
     * given a second). A master that is down is down for every node alike: were that to make every node unready, a
     * balancer would take them all out and the part of the service that does not need that master would be lost too;
     * the requests that need it answer 503 themselves.
     */
    static boolean anyMasterAnswers(Collection<RedisClusterMaster> masters) throws Exception {
        if (masters.isEmpty()) {
            return false;
        }
        CompletableFuture<Boolean> any = new CompletableFuture<>();
        List<CompletableFuture<Boolean>> pings = masters.stream()
                .map(master -> master.pingAsync(1, TimeUnit.SECONDS).toCompletableFuture())
                .toList();
        pings.forEach(ping -> ping.thenAccept(answered -> {
            if (Boolean.TRUE.equals(answered)) {
                any.complete(true);
            }
        }));
        CompletableFuture.allOf(pings.toArray(CompletableFuture[]::new))
                .whenComplete((done, failed) -> any.complete(false));
        return any.get(2, TimeUnit.SECONDS);
    }

    @Override
    public boolean reachable() {
        try {
            if (!cluster) {
                return redis.getRedisNodes(RedisNodes.SINGLE).pingAll();
            }
            return anyMasterAnswers(redis.getRedisNodes(RedisNodes.CLUSTER).getMasters());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception unreachable) {
            return false;
        }
    }
}
