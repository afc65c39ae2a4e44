package io.gerbang.adapters.persistence.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;

/** The connection pool. Short timeouts: a database that is down must make requests fail fast with 503. */
public final class PostgresDataSources {

    private PostgresDataSources() {}

    public static HikariDataSource pool(String jdbcUrl, String user, String password, int maximumSize) {
        return pool(jdbcUrl, user, password, maximumSize, null);
    }

    /** @param metrics where the pool reports its figures ({@code hikaricp_*}), or null */
    public static HikariDataSource pool(
            String jdbcUrl, String user, String password, int maximumSize, MeterRegistry metrics) {
        HikariConfig config = new HikariConfig();
        if (metrics != null) {
            config.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(metrics));
        }
        config.setJdbcUrl(jdbcUrl);
        if (user != null && !user.isBlank()) {
            config.setUsername(user);
        }
        if (password != null && !password.isBlank()) {
            config.setPassword(password);
        }
        config.setPoolName("gerbang-db");
        config.setMaximumPoolSize(maximumSize);
        config.setMinimumIdle(Math.min(2, maximumSize));
        config.setConnectionTimeout(2_000);
        config.setValidationTimeout(1_000);
        // Start even if the database is still down; /ready tells, and requests get 503 until it answers.
        config.setInitializationFailTimeout(-1);
        // a statement that runs long is cancelled by the server; a server that does not answer at all
        // (stopped, cut off) is given up on by the driver: either way the caller gets a 503, not a hang
        config.addDataSourceProperty("options", "-c statement_timeout=4000");
        config.addDataSourceProperty("socketTimeout", "5");
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("tcpKeepAlive", "true");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return new HikariDataSource(config);
    }
}
