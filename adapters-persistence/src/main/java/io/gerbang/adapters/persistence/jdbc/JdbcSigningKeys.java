package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.adapters.persistence.secret.SecretBox;
import io.gerbang.adapters.persistence.signing.KeyMaterial;
import io.gerbang.adapters.persistence.signing.P256;
import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.domain.signing.EcPoint;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenants' signing keys in {@code signing_keys}: each made here (the JDK's P-256), its private key sealed with
 * the data key and bound to the key's id, so a sealed key copied to another row does not open there.
 */
public class JdbcSigningKeys implements SigningKeys, KeyMaterial {

    private static final String COLUMNS = "id, tenant_id, generation, created_at, signs_from, revoked_at, x, y";

    private final JdbcTemplate jdbc;
    private final SecretBox box;
    private final SecureRandom random = new SecureRandom();

    public JdbcSigningKeys(DataSource dataSource, SecretBox box) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.box = box;
    }

    @Override
    public List<SigningKey> of(TenantId tenant) {
        return JdbcFailures.guard(() -> jdbc.query(
                "select " + COLUMNS + " from signing_keys where tenant_id = ?" + " order by generation",
                JdbcSigningKeys::key,
                tenant.value()));
    }

    @Override
    public List<SigningKey> reread(TenantId tenant) {
        return of(tenant);
    }

    @Override
    public Optional<SigningKey> make(TenantId tenant, int generation, Instant createdAt, Instant signsFrom) {
        KeyPair pair = P256.newKeyPair();
        byte[] id = new byte[16];
        random.nextBytes(id);
        KeyId kid = new KeyId(Base64.getUrlEncoder().withoutPadding().encodeToString(id));
        EcPoint point = P256.pointOf((ECPublicKey) pair.getPublic());
        byte[] sealed = box.seal(pair.getPrivate().getEncoded(), context(kid));
        SigningKey key = new SigningKey(kid, tenant, generation, createdAt, signsFrom, null, point);
        Optional<Integer> written = JdbcFailures.unlessTaken(() -> {
            jdbc.update(
                    "insert into tenant_keys_since (since) values (?) on conflict do nothing",
                    Timestamp.from(createdAt));
            return jdbc.update(
                    "insert into signing_keys (" + COLUMNS + ", private_key)"
                            + " values (?, ?, ?, ?, ?, null, ?, ?, ?)",
                    kid.value(),
                    tenant.value(),
                    generation,
                    Timestamp.from(createdAt),
                    Timestamp.from(signsFrom),
                    point.x(),
                    point.y(),
                    sealed);
        });
        return written.map(rows -> key);
    }

    @Override
    public void revoke(TenantId tenant, KeyId key, Instant at) {
        JdbcFailures.guard(() -> jdbc.update(
                "update signing_keys set revoked_at = coalesce(revoked_at, ?)" + " where tenant_id = ? and id = ?",
                Timestamp.from(at),
                tenant.value(),
                key.value()));
    }

    @Override
    public void remove(TenantId tenant, List<KeyId> keys) {
        for (KeyId key : keys) {
            JdbcFailures.guard(() -> jdbc.update(
                    "delete from signing_keys where tenant_id = ? and id = ?", tenant.value(), key.value()));
        }
    }

    @Override
    public Optional<Instant> tenantKeysSince() {
        return JdbcFailures.guard(() -> jdbc.queryForList("select since from tenant_keys_since", Timestamp.class))
                .stream()
                .findFirst()
                .map(Timestamp::toInstant);
    }

    @Override
    public Optional<ECPrivateKey> privateKey(KeyId key) {
        List<byte[]> sealed = JdbcFailures.guard(() ->
                jdbc.queryForList("select private_key from signing_keys where id = ?", byte[].class, key.value()));
        return sealed.stream().findFirst().map(box -> P256.privateKey(this.box.openStored(box, context(key))));
    }

    @Override
    public Optional<TenantKey> publicKey(KeyId key) {
        return JdbcFailures.guard(() -> jdbc.query(
                        "select " + COLUMNS + " from signing_keys where id = ?", JdbcSigningKeys::key, key.value()))
                .stream()
                .findFirst()
                .map(found -> new TenantKey(found.tenant(), P256.publicKey(found.publicPart())));
    }

    private static String context(KeyId key) {
        return "tenant signing key " + key.value();
    }

    private static SigningKey key(ResultSet row, int number) throws SQLException {
        Timestamp revoked = row.getTimestamp("revoked_at");
        return new SigningKey(
                new KeyId(row.getString("id")),
                new TenantId(row.getLong("tenant_id")),
                row.getInt("generation"),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("signs_from").toInstant(),
                revoked == null ? null : revoked.toInstant(),
                new EcPoint(row.getString("x"), row.getString("y")));
    }
}
