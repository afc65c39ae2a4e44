package io.gerbang.adapters.persistence.redis;

import io.gerbang.application.port.out.StoreProbe;
import org.redisson.api.RedissonClient;

public class RedisStoreProbe implements StoreProbe {

    private final RedissonClient redis;

    public RedisStoreProbe(RedissonClient redis) {
        this.redis = redis;
    }

    @Override
    public String store() {
        return RedisFailures.STORE;
    }

    @Override
    public boolean reachable() {
        try {
            return redis.getRedisNodes(org.redisson.api.redisnode.RedisNodes.SINGLE).pingAll();
        } catch (RuntimeException unreachable) {
            return false;
        }
    }
}
