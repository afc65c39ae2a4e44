package io.gerbang.bootstrap.config;

import io.gerbang.adapters.persistence.password.PasswordHashing;
import io.gerbang.adapters.rest.http.AddressBlocks;
import io.gerbang.adapters.rest.http.TrustedProxies;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the environment says, checked once at start. Names are the contract's; the last three
 * (host, schema, key prefix) are not, and exist so tests and benchmarks can run several instances on
 * shared stores.
 */
public record GerbangConfig(
        int port,
        String dbUrl,
        String dbUser,
        String dbPassword,
        String redisUrl,
        Path dataDir,
        String jwtSecret,
        Duration accessTtl,
        Duration refreshTtl,
        Duration refreshGrace,
        int bcryptCost,
        String corsOrigins,
        boolean rateLimits,
        boolean demo,
        String host,
        String dbSchema,
        String redisPrefix,
        Duration socketIoPingInterval,
        Duration socketIoPingTimeout,
        String dataKey,
        PasswordHashing.Kind passwordHash,
        TrustedProxies trustedProxies,
        AddressBlocks metricsAllow,
        String logFormat,
        Duration shutdownGrace,
        String publicUrl,
        int keyRotationDays,
        Duration socketIoRecoveryWindow) {

    public GerbangConfig {
        if (port < 0 || port > 65535) {
            throw new ConfigurationError("GERBANG_PORT must be a port number, 0 to 65535");
        }
        if (jwtSecret != null && jwtSecret.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new ConfigurationError("GERBANG_JWT_SECRET must be at least 32 bytes");
        }
        if ((dbUrl != null || redisUrl != null) && jwtSecret == null) {
            // Nodes sharing stores must share the key, so it cannot be made up per node.
            throw new ConfigurationError(
                    "GERBANG_JWT_SECRET is required when GERBANG_DB_URL or GERBANG_REDIS_URL is set");
        }
        if (dataKey != null && dataKey.getBytes(java.nio.charset.StandardCharsets.UTF_8).length < 32) {
            throw new ConfigurationError("GERBANG_DATA_KEY must be at least 32 bytes");
        }
        if (!"json".equals(logFormat) && !"text".equals(logFormat)) {
            // logback reads the same variable to pick its appender (logback.xml): anything else would log nothing
            throw new ConfigurationError("GERBANG_LOG_FORMAT must be json or text");
        }
        if (bcryptCost < 4 || bcryptCost > 31) {
            throw new ConfigurationError("GERBANG_BCRYPT_COST must be between 4 and 31");
        }
        if (redisUrl != null && !redisUrl.startsWith("redis://") && !redisUrl.startsWith("rediss://")) {
            throw new ConfigurationError("GERBANG_REDIS_URL must look like redis://host:port");
        }
        if (dbUrl != null && !dbUrl.startsWith("jdbc:postgresql:")) {
            throw new ConfigurationError("GERBANG_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://...)");
        }
        if (refreshTtl.compareTo(accessTtl) < 0) {
            throw new ConfigurationError("GERBANG_REFRESH_TTL must be at least GERBANG_ACCESS_TTL");
        }
        if (publicUrl != null && !publicUrl.matches("https?://[^/?#\\s]+(/[^?#\\s]*)?")) {
            throw new ConfigurationError("GERBANG_PUBLIC_URL must be an http or https URL without query");
        }
        if (keyRotationDays < 1 || keyRotationDays > 3650) {
            throw new ConfigurationError("GERBANG_KEY_ROTATION_DAYS must be between 1 and 3650");
        }
    }

    public static GerbangConfig fromEnvironment() {
        return from(System.getenv());
    }

    public static GerbangConfig from(Map<String, String> env) {
        return new GerbangConfig(
                integer(env, "GERBANG_PORT", 8082),
                text(env, "GERBANG_DB_URL"),
                text(env, "GERBANG_DB_USER"),
                text(env, "GERBANG_DB_PASSWORD"),
                text(env, "GERBANG_REDIS_URL"),
                Path.of(orDefault(env, "GERBANG_DATA_DIR", "./data"))
                        .toAbsolutePath()
                        .normalize(),
                text(env, "GERBANG_JWT_SECRET"),
                seconds(env, "GERBANG_ACCESS_TTL", 900, 1),
                seconds(env, "GERBANG_REFRESH_TTL", 604800, 1),
                seconds(env, "GERBANG_REFRESH_GRACE", 10, 0),
                integer(env, "GERBANG_BCRYPT_COST", 10),
                orDefault(env, "GERBANG_CORS_ORIGINS", "http://localhost:3000"),
                onOff(env, "GERBANG_RATE_LIMITS", true),
                onOff(env, "GERBANG_DEMO", false),
                orDefault(env, "GERBANG_HOST", "0.0.0.0"),
                text(env, "GERBANG_DB_SCHEMA"),
                orDefault(env, "GERBANG_REDIS_PREFIX", "gerbang:"),
                millis(env, "GERBANG_SOCKETIO_PING_INTERVAL", 25_000),
                millis(env, "GERBANG_SOCKETIO_PING_TIMEOUT", 20_000),
                text(env, "GERBANG_DATA_KEY"),
                passwordHashKind(orDefault(env, "GERBANG_PASSWORD_HASH", "argon2id")),
                trustedProxies(text(env, "GERBANG_TRUSTED_PROXIES")),
                addresses(orDefault(env, "GERBANG_METRICS_ALLOW", "127.0.0.1,::1"), "GERBANG_METRICS_ALLOW"),
                orDefault(env, "GERBANG_LOG_FORMAT", "json"),
                seconds(env, "GERBANG_SHUTDOWN_GRACE", 20, 1),
                text(env, "GERBANG_PUBLIC_URL"),
                integer(env, "GERBANG_KEY_ROTATION_DAYS", 30),
                seconds(env, "GERBANG_SOCKETIO_RECOVERY_WINDOW", 120, 0));
    }

    /** The base of every issuer: {@code GERBANG_PUBLIC_URL}, else this node on localhost. */
    public String issuerBase() {
        return publicUrl != null ? publicUrl : "http://localhost:" + port;
    }

    /** The same configuration on another port (a node asked for port 0 is given a free one before it starts). */
    public GerbangConfig onPort(int chosen) {
        return new GerbangConfig(
                chosen,
                dbUrl,
                dbUser,
                dbPassword,
                redisUrl,
                dataDir,
                jwtSecret,
                accessTtl,
                refreshTtl,
                refreshGrace,
                bcryptCost,
                corsOrigins,
                rateLimits,
                demo,
                host,
                dbSchema,
                redisPrefix,
                socketIoPingInterval,
                socketIoPingTimeout,
                dataKey,
                passwordHash,
                trustedProxies,
                metricsAllow,
                logFormat,
                shutdownGrace,
                publicUrl,
                keyRotationDays,
                socketIoRecoveryWindow);
    }

    public boolean embeddedDatabase() {
        return dbUrl == null;
    }

    public boolean embeddedRedis() {
        return redisUrl == null;
    }

    private static PasswordHashing.Kind passwordHashKind(String name) {
        try {
            return PasswordHashing.Kind.named(name);
        } catch (IllegalArgumentException unknown) {
            throw new ConfigurationError(unknown.getMessage());
        }
    }

    private static TrustedProxies trustedProxies(String list) {
        try {
            return TrustedProxies.parse(list);
        } catch (IllegalArgumentException notAnAddress) {
            throw new ConfigurationError(notAnAddress.getMessage());
        }
    }

    private static AddressBlocks addresses(String list, String name) {
        try {
            return AddressBlocks.parse(list, name);
        } catch (IllegalArgumentException notAnAddress) {
            throw new ConfigurationError(notAnAddress.getMessage());
        }
    }

    private static String text(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String orDefault(Map<String, String> env, String name, String fallback) {
        String value = text(env, name);
        return value == null ? fallback : value;
    }

    private static int integer(Map<String, String> env, String name, int fallback) {
        String value = text(env, name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException notANumber) {
            throw new ConfigurationError(name + " must be a whole number, not '" + value + "'");
        }
    }

    private static Duration seconds(Map<String, String> env, String name, int fallback, int minimum) {
        int value = integer(env, name, fallback);
        if (value < minimum) {
            throw new ConfigurationError(name + " must be at least " + minimum + " seconds");
        }
        return Duration.ofSeconds(value);
    }

    /** Milliseconds, as Socket.IO's own {@code pingInterval} and {@code pingTimeout} options are given. */
    private static Duration millis(Map<String, String> env, String name, int fallback) {
        int value = integer(env, name, fallback);
        if (value < 100) {
            throw new ConfigurationError(name + " must be at least 100 milliseconds");
        }
        return Duration.ofMillis(value);
    }

    private static boolean onOff(Map<String, String> env, String name, boolean fallback) {
        String value = text(env, name);
        if (value == null) {
            return fallback;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1" -> true;
            case "off", "false", "no", "0" -> false;
            default -> throw new ConfigurationError(name + " must be on or off, not '" + value + "'");
        };
    }

    @Override
    public String toString() {
        return "GerbangConfig[port=" + port + ", db=" + (dbUrl == null ? "embedded" : "external")
                + ", redis=" + (redisUrl == null ? "embedded" : "external") + ", dataDir=" + dataDir
                + ", demo=" + demo + ", passwordHash=" + passwordHash.name().toLowerCase(Locale.ROOT) + ", jwtSecret="
                + (jwtSecret == null ? "from data dir" : "****")
                + ", dataKey=" + (dataKey != null ? "****" : jwtSecret == null ? "from data dir" : "derived") + "]";
    }
}
