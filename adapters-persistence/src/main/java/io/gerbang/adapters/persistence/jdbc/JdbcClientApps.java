package io.gerbang.adapters.persistence.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.persistence.secret.SecretBox;
import io.gerbang.adapters.persistence.signing.SigningSecrets;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies;
import io.gerbang.domain.client.Dialect;
import io.gerbang.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Client apps in the {@code client_apps} table. The client secret is kept as a keyed hash (only ever compared),
 * the signing secret sealed with the data key and bound to the client's id, so a sealed value copied to another
 * row does not open there.
 */
public class JdbcClientApps implements ClientApps, SigningSecrets {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COLUMNS = "id, tenant_id, name, dialect, tenants, access_ttl, refresh, logout, signing,"
            + " language, role_names, origins, kind";

    private final JdbcTemplate jdbc;
    private final SecretBox box;

    public JdbcClientApps(DataSource dataSource, SecretBox box) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.box = box;
    }

    @Override
    public Optional<ClientApp> byId(ClientId id) {
        return JdbcFailures.guard(
                () -> jdbc
                        .query(
                                "select " + COLUMNS + " from client_apps where id = ?",
                                JdbcClientApps::client,
                                id.value())
                        .stream()
                        .findFirst());
    }

    @Override
    public List<ClientApp> of(TenantId tenant) {
        return JdbcFailures.guard(() -> jdbc.query(
                "select " + COLUMNS + " from client_apps where tenant_id = ?" + " order by id",
                JdbcClientApps::client,
                tenant.value()));
    }

    @Override
    public boolean create(ClientApp client, Secrets secrets) {
        String secretHash = hashed(secrets.clientSecret());
        String sealed = sealed(client.id(), secrets.signingSecret());
        return JdbcFailures.unlessTaken(() -> jdbc.update(
                        "insert into client_apps (" + COLUMNS
                                + ", secret_hash, signing_secret) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        values(client, secretHash, sealed)))
                .isPresent();
    }

    @Override
    public boolean update(ClientApp client) {
        return JdbcFailures.guard(() -> jdbc.update(
                        "update client_apps set name = ?, dialect = ?, tenants = ?,"
                                + " access_ttl = ?, refresh = ?, logout = ?, signing = ?, language = ?, role_names ="
                                + " ?, origins = ?,"
                                + " kind = ? where id = ? and tenant_id = ?",
                        client.name(),
                        word(client.dialect()),
                        word(client.tenants()),
                        ttl(client),
                        word(client.refresh()),
                        word(client.logout()),
                        word(client.signing()),
                        word(client.language()),
                        json(pairs(client.roleNames())),
                        json(client.origins()),
                        word(client.kind()),
                        client.id().value(),
                        client.tenant().value())
                == 1);
    }

    @Override
    public void renewSecrets(ClientId id, Secrets secrets) {
        JdbcFailures.guard(() -> jdbc.update(
                "update client_apps set secret_hash = coalesce(?, secret_hash),"
                        + " signing_secret = coalesce(?, signing_secret) where id = ?",
                hashed(secrets.clientSecret()),
                sealed(id, secrets.signingSecret()),
                id.value()));
    }

    private String hashed(String clientSecret) {
        return clientSecret == null ? null : Base64.getEncoder().encodeToString(box.hash(clientSecret));
    }

    private String sealed(ClientId id, String signingSecret) {
        return signingSecret == null
                ? null
                : Base64.getEncoder()
                        .encodeToString(box.seal(signingSecret.getBytes(StandardCharsets.UTF_8), context(id)));
    }

    @Override
    public boolean proves(ClientId id, String clientSecret) {
        if (clientSecret == null) {
            return false;
        }
        List<String> stored = JdbcFailures.guard(() -> jdbc.queryForList(
                "select secret_hash from client_apps where id = ? and secret_hash is not null",
                String.class,
                id.value()));
        byte[] presented = box.hash(clientSecret);
        return stored.stream()
                .anyMatch(hash ->
                        java.security.MessageDigest.isEqual(Base64.getDecoder().decode(hash), presented));
    }

    @Override
    public boolean delete(TenantId tenant, ClientId id) {
        return JdbcFailures.guard(() ->
                jdbc.update("delete from client_apps where id = ? and tenant_id = ?", id.value(), tenant.value()) == 1);
    }

    @Override
    public Optional<byte[]> keyOf(ClientId client) {
        List<String> sealed = JdbcFailures.guard(() -> jdbc.queryForList(
                "select signing_secret from client_apps where id = ? and signing = 'shared-secret'"
                        + " and signing_secret is not null",
                String.class,
                client.value()));
        return sealed.stream()
                .findFirst()
                .map(box64 -> box.openStored(Base64.getDecoder().decode(box64), context(client)));
    }

    private static Object[] values(ClientApp client, String secretHash, String sealedSigningSecret) {
        return new Object[] {
            client.id().value(),
            client.tenant().value(),
            client.name(),
            word(client.dialect()),
            word(client.tenants()),
            ttl(client),
            word(client.refresh()),
            word(client.logout()),
            word(client.signing()),
            word(client.language()),
            json(pairs(client.roleNames())),
            json(client.origins()),
            word(client.kind()),
            secretHash,
            sealedSigningSecret
        };
    }

    private static Integer ttl(ClientApp client) {
        return client.accessTtl() == null ? null : (int) client.accessTtl().toSeconds();
    }

    private static String context(ClientId client) {
        return "client signing secret " + client.value();
    }

    private static String word(Enum<?> value) {
        return ClientPolicies.written(value);
    }

    private static List<List<String>> pairs(Map<String, String> names) {
        List<List<String>> pairs = new ArrayList<>();
        names.forEach((name, word) -> pairs.add(List.of(name, word)));
        return pairs;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException cannot) {
            throw new IllegalStateException("lists of strings are JSON", cannot);
        }
    }

    private static ClientApp client(ResultSet rs, int row) throws SQLException {
        int ttl = rs.getInt("access_ttl");
        Duration accessTtl = rs.wasNull() ? null : Duration.ofSeconds(ttl);
        try {
            Map<String, String> roleNames = new LinkedHashMap<>();
            for (List<String> pair :
                    JSON.readValue(rs.getString("role_names"), new TypeReference<List<List<String>>>() {})) {
                roleNames.put(pair.get(0), pair.get(1));
            }
            List<String> origins = JSON.readValue(rs.getString("origins"), new TypeReference<List<String>>() {});
            return new ClientApp(
                    new ClientId(rs.getString("id")),
                    new TenantId(rs.getLong("tenant_id")),
                    rs.getString("name"),
                    ClientPolicies.parse(Dialect.class, rs.getString("dialect")),
                    ClientPolicies.parse(ClientPolicies.Tenants.class, rs.getString("tenants")),
                    accessTtl,
                    ClientPolicies.parse(ClientPolicies.Refresh.class, rs.getString("refresh")),
                    ClientPolicies.parse(ClientPolicies.Logout.class, rs.getString("logout")),
                    ClientPolicies.parse(ClientPolicies.Signing.class, rs.getString("signing")),
                    ClientPolicies.parse(ClientPolicies.Language.class, rs.getString("language")),
                    roleNames,
                    origins,
                    ClientPolicies.parse(ClientPolicies.Kind.class, rs.getString("kind")));
        } catch (JsonProcessingException corrupt) {
            throw new SQLException("client_apps row " + row + " holds a list that is not JSON", corrupt);
        }
    }
}
