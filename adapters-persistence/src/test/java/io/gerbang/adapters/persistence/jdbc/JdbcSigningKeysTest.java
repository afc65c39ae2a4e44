package io.gerbang.adapters.persistence.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import io.gerbang.adapters.persistence.password.BcryptPasswordHashes;
import io.gerbang.adapters.persistence.secret.DataKey;
import io.gerbang.adapters.persistence.secret.SecretBox;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.application.port.out.StoreUnavailable;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The tenants' signing keys on the real PostgreSQL: made once per generation, sealed, revoked, removed. */
class JdbcSigningKeysTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final TenantId MITRA = new TenantId(2);
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private static HikariDataSource dataSource;
    private static JdbcSigningKeys keys;

    @BeforeAll
    static void migrateAndLoad() {
        String schema = TestStores.newSchema();
        dataSource = PostgresDataSources.pool(TestStores.shared().jdbcUrl(schema), null, null, 4);
        Migrations.migrate(dataSource, schema);
        DemoData.loadIfEmpty(dataSource, new BcryptPasswordHashes(4));
        keys = new JdbcSigningKeys(dataSource, new SecretBox(DataKey.of("the data key of these tests, 32 bytes+")));
    }

    @AfterAll
    static void close() {
        dataSource.close();
    }

    @Test
    void aKeyIsMadeOncePerGenerationAndReadBackWithItsTimes() {
        SigningKey first = keys.make(HUMINOR, 1, NOW, NOW).orElseThrow();

        assertThat(keys.make(HUMINOR, 1, NOW, NOW)).isEmpty();
        assertThat(keys.of(HUMINOR)).containsExactly(first);
        assertThat(keys.of(HUMINOR)).allMatch(key -> key.tenant().equals(HUMINOR));
        // every key of these tests is made at NOW: the first of them, whichever it was, set it once
        assertThat(keys.tenantKeysSince()).contains(NOW);

        SigningKey second =
                keys.make(HUMINOR, 2, NOW.plusSeconds(1), NOW.plusSeconds(1200)).orElseThrow();
        assertThat(keys.of(HUMINOR)).containsExactly(first, second);
        assertThat(keys.tenantKeysSince()).contains(NOW);
    }

    @Test
    void thePrivateKeyOpensAndSignsWhatThePublishedPointVerifies() throws Exception {
        SigningKey key = keys.make(MITRA, 1, NOW, NOW).orElseThrow();
        byte[] message = "a token".getBytes(StandardCharsets.UTF_8);

        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.privateKey(key.id()).orElseThrow());
        signer.update(message);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withECDSA");
        verifier.initVerify(keys.publicKey(key.id()).orElseThrow().key());
        verifier.update(message);

        assertThat(verifier.verify(signature)).isTrue();
        assertThat(keys.publicKey(key.id()).orElseThrow().tenant()).isEqualTo(MITRA);
        // the private part is stored sealed: neither its bytes nor its encoding are in the row in plain
        byte[] stored = new JdbcTemplate(dataSource)
                .queryForObject(
                        "select private_key from signing_keys where id = ?",
                        byte[].class,
                        key.id().value());
        byte[] plain = keys.privateKey(key.id()).orElseThrow().getEncoded();
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(plain, plain.length - 32, 32, StandardCharsets.ISO_8859_1));
        // and it opens only under the data key it was sealed with
        JdbcSigningKeys elsewhere =
                new JdbcSigningKeys(dataSource, new SecretBox(DataKey.of("another data key altogether, 32 bytes+")));
        assertThatThrownBy(() -> elsewhere.privateKey(key.id()))
                .as("a request that needs it fails closed: 503")
                .isInstanceOf(StoreUnavailable.class);
    }

    @Test
    void aRevokedKeySaysSinceWhenAndARemovedOneIsGone() {
        TenantId tenant = new TenantId(3);
        SigningKey key = keys.make(tenant, 1, NOW, NOW).orElseThrow();
        Instant revoked = NOW.plusSeconds(30);

        keys.revoke(tenant, key.id(), revoked);
        keys.revoke(tenant, key.id(), revoked.plusSeconds(30));
        assertThat(keys.of(tenant)).containsExactly(key.revoked(revoked));

        keys.remove(tenant, List.of(key.id()));
        assertThat(keys.of(tenant)).isEmpty();
        assertThat(keys.publicKey(key.id())).isEmpty();
    }
}
