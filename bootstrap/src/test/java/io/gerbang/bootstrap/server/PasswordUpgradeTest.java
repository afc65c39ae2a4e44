package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A hash made with an older bcrypt cost, or with bcrypt at all while Argon2id is configured, is redone with the
 * configured kind and parameters at the next good sign-in, and only then.
 */
class PasswordUpgradeTest {

    @Test
    void aGoodSignInUpgradesAnOlderBcryptCostThenBcryptToArgon2idAndABadOneDoesNot() throws SQLException {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        String schema = cluster.setting("GERBANG_DB_SCHEMA");
        try (GerbangServer old = cluster.startNode(Map.of("GERBANG_PASSWORD_HASH", "bcrypt"))) {
            assertThat(hashOf(schema, "100000001")).startsWith("$2a$04$");
        }
        try (GerbangServer upgraded =
                cluster.startNode(Map.of("GERBANG_PASSWORD_HASH", "bcrypt", "GERBANG_BCRYPT_COST", "5"))) {
            Http http = new Http(upgraded.port());

            assertThat(http.post(
                                    "/api/v1/auth/login",
                                    Map.of("user_identity", "100000001", "password", "not-the-password"))
                            .status())
                    .isEqualTo(401);
            assertThat(hashOf(schema, "100000001")).startsWith("$2a$04$");

            assertThat(http.login("100000001").status()).isEqualTo(200);
            assertThat(hashOf(schema, "100000001")).startsWith("$2a$05$");
            assertThat(http.login("100000001").status()).isEqualTo(200);
        }
        try (GerbangServer argon2id = cluster.startNode()) {
            Http http = new Http(argon2id.port());

            assertThat(http.post(
                                    "/api/v1/auth/login",
                                    Map.of("user_identity", "100000001", "password", "not-the-password"))
                            .status())
                    .isEqualTo(401);
            assertThat(hashOf(schema, "100000001")).startsWith("$2a$05$");

            assertThat(http.login("100000001").status()).isEqualTo(200);
            assertThat(hashOf(schema, "100000001")).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
            assertThat(http.login("100000001").status()).isEqualTo(200);
        }
    }

    private static String hashOf(String schema, String identity) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(TestStores.shared().jdbcUrl(schema));
                PreparedStatement query = connection.prepareStatement(
                        "select password_hash from users where user_identity = ? and tenant_id = 1")) {
            query.setString(1, identity);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
