package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.user.PlainPassword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the contract's demo tenants, users, roles and menu into an empty database, in one transaction. */
public final class DemoData {

    public static final String PASSWORD = "password123";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {
    }

    /** True if it loaded; false if the database already had tenants. */
    public static boolean loadIfEmpty(DataSource dataSource, PasswordHashes hashes) {
        NamedParameterJdbcTemplate jdbc = new NamedParameterJdbcTemplate(dataSource);
        TransactionTemplate transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        Boolean loaded = transaction.execute(status -> {
            // Serialises concurrent starters: only one node loads.
            jdbc.getJdbcTemplate().execute("lock table tenants in exclusive mode");
            Integer tenants = jdbc.getJdbcTemplate().queryForObject("select count(*) from tenants", Integer.class);
            if (tenants != null && tenants > 0) {
                return false;
            }
            String hash = hashes.hash(PlainPassword.forNewSecret(PASSWORD)).value();
            for (String statement : script().split(";\\s*\\n")) {
                String sql = statement.lines().filter(line -> !line.trim().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b).trim();
                if (!sql.isEmpty()) {
                    jdbc.execute(sql, new MapSqlParameterSource("hash", hash), prepared -> prepared.execute());
                }
            }
            return true;
        });
        if (Boolean.TRUE.equals(loaded)) {
            LOG.info("Demo data loaded: tenants 1-3 and the demo users of the contract");
        }
        return Boolean.TRUE.equals(loaded);
    }

    private static String script() {
        try (InputStream in = DemoData.class.getResourceAsStream("/db/demo/demo-data.sql")) {
            if (in == null) {
                throw new IllegalStateException("demo-data.sql is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
