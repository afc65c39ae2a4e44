package io.gerbang.bootstrap.testing;

import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.server.GerbangServer;
import java.util.HashMap;
import java.util.Map;

/**
 * Real Gerbang nodes for tests, on the real test stores. A {@link Cluster} is a set of nodes sharing one
 * schema, one key prefix and one secret: separate processes in all but the JVM, each with its own pools,
 * Redisson client and HTTP port.
 */
public final class TestGerbang {

    public static final String SECRET = "test-secret-of-at-least-32-bytes-0123456789";

    private TestGerbang() {}

    public static Cluster cluster() {
        TestStores stores = TestStores.shared();
        Map<String, String> env = new HashMap<>();
        env.put("GERBANG_PORT", "0");
        env.put("GERBANG_HOST", "127.0.0.1");
        env.put("GERBANG_DB_URL", stores.jdbcUrl());
        env.put("GERBANG_DB_SCHEMA", TestStores.newSchema());
        env.put("GERBANG_REDIS_URL", stores.redisUrl());
        env.put("GERBANG_REDIS_PREFIX", TestStores.newRedisPrefix());
        env.put("GERBANG_JWT_SECRET", SECRET);
        env.put("GERBANG_BCRYPT_COST", "4");
        // The request limits have their own tests (rate_limits.feature); elsewhere one loopback client signs in
        // far more often than 10 times a minute.
        env.put("GERBANG_RATE_LIMITS", "off");
        env.put("GERBANG_DEMO", "true");
        env.put("GERBANG_CORS_ORIGINS", "http://localhost:3000");
        return new Cluster(env);
    }

    public static final class Cluster {

        private final Map<String, String> shared;

        private Cluster(Map<String, String> shared) {
            this.shared = Map.copyOf(shared);
        }

        /** A setting every node of this cluster shares (the schema, say). */
        public String setting(String name) {
            return shared.get(name);
        }

        /** Every setting the nodes share: the environment of another process on the same stores. */
        public Map<String, String> environment() {
            return shared;
        }

        public GerbangServer startNode() {
            return startNode(Map.of());
        }

        /** A node with some settings of its own (a different grace window, say). */
        public GerbangServer startNode(Map<String, String> overrides) {
            Map<String, String> env = new HashMap<>(shared);
            env.putAll(overrides);
            return GerbangServer.start(GerbangConfig.from(env));
        }
    }
}
