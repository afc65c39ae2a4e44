package io.gerbang.adapters.persistence.testing;

import io.gerbang.adapters.persistence.embedded.EmbeddedPostgresServer;
import io.gerbang.adapters.persistence.embedded.EmbeddedRedisServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * Real PostgreSQL and Redis for tests: the machine's services when GERBANG_TEST_DB_URL and
 * GERBANG_TEST_REDIS_URL are set, else embedded engines started once per test JVM. Tests isolate
 * themselves with a fresh schema and a fresh key prefix each, so runs never see each other's data.
 */
public final class TestStores {

    private static TestStores shared;

    private final String jdbcUrl;
    private final String redisUrl;

    private TestStores(String jdbcUrl, String redisUrl) {
        this.jdbcUrl = jdbcUrl;
        this.redisUrl = redisUrl;
    }

    public static synchronized TestStores shared() {
        if (shared == null) {
            shared = start();
        }
        return shared;
    }

    private static TestStores start() {
        String jdbcUrl = blankToNull(System.getenv("GERBANG_TEST_DB_URL"));
        String redisUrl = blankToNull(System.getenv("GERBANG_TEST_REDIS_URL"));
        Path root = temporaryDirectory("gerbang-test-stores");
        if (jdbcUrl == null) {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startClean(root.resolve("postgres"));
            Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            jdbcUrl = postgres.jdbcUrl();
        }
        if (redisUrl == null) {
            EmbeddedRedisServer redis = EmbeddedRedisServer.startVolatile(root.resolve("redis"));
            Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
            redisUrl = redis.url();
        }
        return new TestStores(jdbcUrl, redisUrl);
    }

    public static boolean external() {
        return externalDatabase();
    }

    private static boolean externalDatabase() {
        return blankToNull(System.getenv("GERBANG_TEST_DB_URL")) != null;
    }

    private static boolean externalRedis() {
        return blankToNull(System.getenv("GERBANG_TEST_REDIS_URL")) != null;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The JDBC URL of a schema of its own (created by the migrations). */
    public String jdbcUrl(String schema) {
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public String redisUrl() {
        return redisUrl;
    }

    /** A fresh schema name; on a shared database the schema is dropped when the test JVM ends. */
    public static String newSchema() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (externalDatabase()) {
            String url = shared().jdbcUrl();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(url, schema)));
        }
        return schema;
    }

    private static void dropSchema(String jdbcUrl, String schema) {
        try (java.sql.Connection connection = java.sql.DriverManager.getConnection(jdbcUrl);
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        } catch (java.sql.SQLException ignored) {
            // best effort: a leftover schema of a test run harms nothing
        }
    }

    /** A fresh key prefix; on a shared Redis its keys are deleted when the test JVM ends. */
    public static String newRedisPrefix() {
        String prefix = "test:" + UUID.randomUUID().toString().substring(0, 8) + ":";
        if (externalRedis()) {
            String url = shared().redisUrl();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteKeys(url, prefix)));
        }
        return prefix;
    }

    private static void deleteKeys(String redisUrl, String prefix) {
        org.redisson.api.RedissonClient redis = io.gerbang.adapters.persistence.redis.RedisClients.connect(redisUrl);
        try {
            redis.getKeys().deleteByPattern(prefix + "*");
        } catch (RuntimeException ignored) {
            // best effort: leftover keys of a test run expire with their sessions
        } finally {
            redis.shutdown();
        }
    }

    public static Path temporaryDirectory(String name) {
        try {
            return Files.createTempDirectory(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
