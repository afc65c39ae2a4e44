package io.gerbang.bootstrap.stores;

import io.gerbang.adapters.persistence.embedded.EmbeddedPostgresServer;
import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import io.gerbang.application.port.out.StoreEngines;
import io.gerbang.bootstrap.config.GerbangConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where PostgreSQL and Redis are: the configured servers, or embedded ones started under the data dir and
 * kept running (an embedded engine that dies is started again on its data within a second or two).
 * Closing stops what was started here, and nothing else.
 */
public final class StoreEndpoints implements StoreEngines, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StoreEndpoints.class);

    private final String jdbcUrl;
    private final String dbUser;
    private final String dbPassword;
    private final String redisUrl;
    private final EngineSupervisor<EmbeddedPostgresServer> postgres;
    private final EngineSupervisor<EmbeddedRedisServer> redis;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private StoreEndpoints(
            String jdbcUrl,
            String dbUser,
            String dbPassword,
            String redisUrl,
            EngineSupervisor<EmbeddedPostgresServer> postgres,
            EngineSupervisor<EmbeddedRedisServer> redis) {
        this.jdbcUrl = jdbcUrl;
        this.dbUser = dbUser;
        this.dbPassword = dbPassword;
        this.redisUrl = redisUrl;
        this.postgres = postgres;
        this.redis = redis;
    }

    public static StoreEndpoints open(GerbangConfig config) {
        return open(config, false);
    }

    /**
     * The same stores for a short-lived tool (the admin command line): in embedded mode, the engines a
     * running server keeps on the data dir are used as they are, and only engines nobody runs are started
     * (and stopped again on close).
     */
    public static StoreEndpoints attachOrOpen(GerbangConfig config) {
        return open(config, true);
    }

    private static StoreEndpoints open(GerbangConfig config, boolean attach) {
        String jdbcUrl = config.dbUrl();
        String redisUrl = config.redisUrl();
        EngineSupervisor<EmbeddedPostgresServer> postgres = null;
        EngineSupervisor<EmbeddedRedisServer> redis = null;
        Path postgresFiles = config.dataDir().resolve("postgres");
        Path redisFiles = config.dataDir().resolve("redis");
        if (attach && config.embeddedDatabase()) {
            jdbcUrl = EmbeddedPostgresServer.runningJdbcUrl(postgresFiles).orElse(null);
        }
        if (attach && config.embeddedRedis()) {
            redisUrl = EmbeddedRedisServer.runningUrl(redisFiles).orElse(null);
        }
        try {
            if (config.embeddedDatabase() && jdbcUrl == null) {
                EmbeddedPostgresServer server = EmbeddedPostgresServer.start(postgresFiles);
                postgres = new EngineSupervisor<>(
                        "postgresql", server, EmbeddedPostgresServer::alive, EmbeddedPostgresServer::restarted);
                jdbcUrl = server.jdbcUrl();
                LOG.info(
                        "Embedded PostgreSQL started on 127.0.0.1:{} with data in {}",
                        server.port(),
                        config.dataDir().resolve("postgres"));
            }
            if (config.embeddedRedis() && redisUrl == null) {
                EmbeddedRedisServer server = EmbeddedRedisServer.start(redisFiles);
                redis = new EngineSupervisor<>(
                        "redis", server, EmbeddedRedisServer::alive, EmbeddedRedisServer::restarted);
                redisUrl = server.url();
                LOG.info(
                        "Embedded Redis started on 127.0.0.1:{} with data in {}",
                        server.port(),
                        config.dataDir().resolve("redis"));
            }
        } catch (RuntimeException failed) {
            closeAll(supervisors(postgres, redis));
            throw failed;
        }
        return new StoreEndpoints(
                jdbcUrl,
                config.embeddedDatabase() ? null : config.dbUser(),
                config.embeddedDatabase() ? null : config.dbPassword(),
                redisUrl,
                postgres,
                redis);
    }

    /** Looks at the embedded engines every second from now on, and starts again any that died. */
    public void supervise(ScheduledExecutorService timers) {
        for (EngineSupervisor<?> engine : supervisors(postgres, redis)) {
            timers.scheduleWithFixedDelay(engine::check, 1, 1, TimeUnit.SECONDS);
        }
    }

    @Override
    public Map<String, State> states() {
        Map<String, State> states = new LinkedHashMap<>();
        supervisors(postgres, redis).forEach(engine -> states.put(engine.store(), engine.state()));
        return states;
    }

    /** The embedded PostgreSQL as it runs now, if this node runs one (tests stop and kill it). */
    public Optional<EmbeddedPostgresServer> embeddedPostgres() {
        return Optional.ofNullable(postgres).map(EngineSupervisor::engine);
    }

    /** The embedded Redis as it runs now, if this node runs one. */
    public Optional<EmbeddedRedisServer> embeddedRedis() {
        return Optional.ofNullable(redis).map(EngineSupervisor::engine);
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
        if (closed.compareAndSet(false, true)) {
            closeAll(supervisors(postgres, redis));
        }
    }

    private static List<EngineSupervisor<?>> supervisors(EngineSupervisor<?> postgres, EngineSupervisor<?> redis) {
        List<EngineSupervisor<?>> all = new ArrayList<>();
        if (postgres != null) {
            all.add(postgres);
        }
        if (redis != null) {
            all.add(redis);
        }
        return all;
    }

    private static void closeAll(List<EngineSupervisor<?>> started) {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                LOG.warn("could not stop an embedded store: {}", e.toString());
            }
        }
    }
}
