package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.StoreProbe;
import java.util.Collection;
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

    @Override
    public boolean reachable() {
        try {
            if (!cluster) {
                return redis.getRedisNodes(RedisNodes.SINGLE).pingAll();
            }
            Collection<RedisClusterMaster> masters =
                    redis.getRedisNodes(RedisNodes.CLUSTER).getMasters();
            return !masters.isEmpty() && masters.stream().allMatch(RedisClusterMaster::ping);
        } catch (RuntimeException unreachable) {
            return false;
        }
    }
}
