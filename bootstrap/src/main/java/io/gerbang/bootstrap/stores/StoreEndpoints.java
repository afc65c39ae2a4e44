package io.gerbang.bootstrap.stores;

import io.gerbang.adapters.persistence.embedded.EmbeddedPostgresServer;
import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import io.gerbang.bootstrap.config.GerbangConfig;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where PostgreSQL and Redis are: the configured servers, or embedded ones started under the data dir.
 * Closing stops what was started here, and nothing else.
 */
public final class StoreEndpoints implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreEndpoints.class);

    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String redisUrl;
    private final List<AutoCloseable> started;

    private StoreEndpoints(String jdbcUrl, String dbUser, String dbPassword, String redisUrl,
                           List<AutoCloseable> started) {
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisUrl = redisUrl;
        this.started = started;
    }

    public static StoreEndpoints open(GerbangConfig config) {
        List<AutoCloseable> started = new ArrayList<>();
        String jdbcUrl = config.dbUrl();
        String redisUrl = config.redisUrl();
        try {
            if (config.embeddedDatabase()) {
                EmbeddedPostgresServer postgres = EmbeddedPostgresServer.start(config.dataDir().resolve("postgres"));
                started.add(postgres);
                jdbcUrl = postgres.jdbcUrl();
                LOG.info("Embedded PostgreSQL started on 127.0.0.1:{} with data in {}", postgres.port(),
                        config.dataDir().resolve("postgres"));
            }
            if (config.embeddedRedis()) {
                EmbeddedRedisServer redis = EmbeddedRedisServer.start(config.dataDir().resolve("redis"));
                started.add(redis);
                redisUrl = redis.url();
                LOG.info("Embedded Redis started on 127.0.0.1:{} with data in {}", redis.port(),
                        config.dataDir().resolve("redis"));
            }
        } catch (RuntimeException failed) {
            closeAll(started);
            throw failed;
        }
        return new StoreEndpoints(jdbcUrl, config.embeddedDatabase() ? null : config.dbUser(),
                config.embeddedDatabase() ? null : config.dbPassword(), redisUrl, started);
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String dbUser() {
        return dbUser;
    }

    public String dbPassword() {
        return dbPassword;
    }

    public String redisUrl() {
        return redisUrl;
    }

    @Override
    public void close() {
        closeAll(started);
    }

    private static void closeAll(List<AutoCloseable> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("could not stop an embedded store: {}", e.toString());
            }
        }
        started.clear();
    }
}
