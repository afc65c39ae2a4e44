package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies.Kind;
import io.gerbang.domain.client.ClientPolicies.Language;
import io.gerbang.domain.client.ClientPolicies.Logout;
import io.gerbang.domain.client.ClientPolicies.Refresh;
import io.gerbang.domain.client.ClientPolicies.Signing;
import io.gerbang.domain.client.ClientPolicies.Tenants;
import io.gerbang.domain.client.Dialect;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.PlainPassword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the contract's demo tenants, users, roles and menu into an empty database, in one transaction, and its demo
 * client apps.
 */
public final class DemoData {

    public static final String PASSWORD = "password123";
    private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

    private DemoData() {}

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
                String sql = statement
                        .lines()
                        .filter(line -> !line.trim().startsWith("--"))
                        .reduce("", (a, b) -> a + "\n" + b)
                        .trim();
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

    /** The contract's demo client apps of tenant 1, with their fixed demo secrets. */
    static List<DemoClient> clients() {
        TenantId tenant = new TenantId(1);
        Map<String, String> campusRoles = new LinkedHashMap<>();
        campusRoles.put("CONSOLE ADMIN", "admin");
        campusRoles.put("PRODI ADMIN", "prodi");
        campusRoles.put("USER", "mahasiswa");
        Map<String, String> portalRoles = new LinkedHashMap<>();
        portalRoles.put("CONSOLE ADMIN", "admin");
        portalRoles.put("USER", "user");
        Duration day = Duration.ofDays(1);
        return List.of(
                new DemoClient(
                        new ClientApp(
                                new ClientId("huminor"),
                                tenant,
                                "Huminor front end",
                                Dialect.NATIVE,
                                Tenants.OWN,
                                null,
                                Refresh.ROTATE,
                                Logout.EVERYWHERE,
                                Signing.TENANT,
                                Language.ID,
                                null,
                                null,
                                Kind.PUBLIC),
                        ClientApps.Secrets.NONE),
                new DemoClient(
                        new ClientApp(
                                new ClientId("chat"),
                                tenant,
                                "Task chat front end",
                                Dialect.NATIVE,
                                Tenants.OWN,
                                day,
                                Refresh.ROTATE,
                                Logout.SESSION,
                                Signing.TENANT,
                                Language.EN,
                                null,
                                null,
                                Kind.PUBLIC),
                        ClientApps.Secrets.NONE),
                new DemoClient(
                        new ClientApp(
                                new ClientId("connector"),
                                tenant,
                                "Desktop connector",
                                Dialect.CONNECTOR,
                                Tenants.OWN,
                                null,
                                Refresh.ROTATE,
                                Logout.SESSION,
                                Signing.TENANT,
                                Language.EN,
                                null,
                                null,
                                Kind.PUBLIC),
                        ClientApps.Secrets.NONE),
                new DemoClient(
                        new ClientApp(
                                new ClientId("kampus"),
                                tenant,
                                "Campus app",
                                Dialect.CAMPUS,
                                Tenants.OWN,
                                day,
                                Refresh.ROTATE,
                                Logout.SESSION,
                                Signing.SHARED_SECRET,
                                Language.EN,
                                campusRoles,
                                null,
                                Kind.PUBLIC),
                        new ClientApps.Secrets(null, "kampus-demo-signing-secret-0123456789abcdef")),
                new DemoClient(
                        new ClientApp(
                                new ClientId("portal"),
                                tenant,
                                "Tenant portal",
                                Dialect.PORTAL,
                                Tenants.ANY,
                                null,
                                Refresh.REUSE,
                                Logout.SESSION,
                                Signing.TENANT,
                                Language.EN,
                                portalRoles,
                                null,
                                Kind.PUBLIC),
                        ClientApps.Secrets.NONE),
                new DemoClient(
                        new ClientApp(
                                new ClientId("resource-server"),
                                tenant,
                                "Resource server",
                                Dialect.NATIVE,
                                Tenants.OWN,
                                null,
                                Refresh.ROTATE,
                                Logout.SESSION,
                                Signing.TENANT,
                                Language.EN,
                                null,
                                null,
                                Kind.CONFIDENTIAL),
                        new ClientApps.Secrets("resource-server-demo-secret-0123456789ab", null)));
    }

    record DemoClient(ClientApp app, ClientApps.Secrets secrets) {}

    /**
     * Makes the demo client apps that are missing (a database loaded by a version without them gets them too),
     * once tenant 1 is there. Their secrets are the contract's fixed demo values, so the seeds' clients can be
     * configured with them; the log says so, as a warning.
     */
    public static void ensureClients(DataSource dataSource, ClientApps apps) {
        Integer demoTenant =
                new JdbcTemplate(dataSource).queryForObject("select count(*) from tenants where id = 1", Integer.class);
        if (demoTenant == null || demoTenant == 0) {
            return;
        }
        List<String> made = new ArrayList<>();
        for (DemoClient client : clients()) {
            if (apps.byId(client.app().id()).isEmpty() && apps.create(client.app(), client.secrets())) {
                made.add(client.app().id().value());
            }
        }
        if (!made.isEmpty()) {
            LOG.warn(
                    "Demo client apps made: {}. Their secrets are the fixed demo values of the contract"
                            + " (kampus signs with kampus-demo-signing-secret-0123456789abcdef, resource-server proves"
                            + " itself"
                            + " with resource-server-demo-secret-0123456789ab): never run GERBANG_DEMO=true where it"
                            + " matters",
                    made);
        }
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
