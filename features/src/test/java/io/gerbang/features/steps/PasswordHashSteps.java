package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/** Hashes imported from a bcrypt system (seed 003's), read and upgraded to Argon2id by a good sign-in. */
public class PasswordHashSteps {

    private final Exchanges exchanges;

    public PasswordHashSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    private static final String IMPORTED_PASSWORD = "imported-from-bcrypt";

    private String identity;
    private String hashBefore;

    @Given("a person whose stored password hash is a bcrypt hash of cost {int}, imported from another system")
    public void importedBcryptUser(int cost) throws SQLException {
        Http http = RunningGerbang.get().nodeA;
        String bearer =
                "Bearer " + http.login("800000001").data().path("access_token").asText();
        identity = "6" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        Answer created = http.post(
                "/api/v1/users",
                Map.of(
                        "user_identity",
                        identity,
                        "name",
                        "Impor Bcrypt",
                        "email",
                        "imported-" + identity + "@new.example",
                        "password",
                        "password123",
                        "unit_id",
                        2),
                "Authorization",
                bearer);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        // what the import of a bcrypt system leaves in the row: its own $2y$ hash of the person's password
        hashBefore = new String(BCrypt.with(BCrypt.Version.VERSION_2Y).hash(cost, IMPORTED_PASSWORD.toCharArray()));
        try (Connection db = database();
                PreparedStatement update = db.prepareStatement(
                        "update users set password_hash = ? where user_identity = ? and tenant_id = 1")) {
            update.setString(1, hashBefore);
            update.setString(2, identity);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @When("the person signs in with the imported password")
    public void signsInWithImportedPassword() {
        exchanges.answer = RunningGerbang.get()
                .nodeB
                .post("/api/v1/auth/login", Map.of("user_identity", identity, "password", IMPORTED_PASSWORD));
    }

    @When("the person signs in with a wrong password")
    public void signsInWrong() {
        exchanges.answer = RunningGerbang.get()
                .nodeA
                .post("/api/v1/auth/login", Map.of("user_identity", identity, "password", "not-" + IMPORTED_PASSWORD));
    }

    @Then("the stored hash is still the imported bcrypt hash")
    public void stillBcrypt() throws SQLException {
        assertThat(storedHash()).isEqualTo(hashBefore);
    }

    @Then("the stored hash is an Argon2id hash with m=19456, t=2, p=1")
    public void nowArgon2id() throws SQLException {
        assertThat(storedHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    }

    private String storedHash() throws SQLException {
        try (Connection db = database();
                PreparedStatement query = db.prepareStatement(
                        "select password_hash from users where user_identity = ? and tenant_id = 1")) {
            query.setString(1, identity);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(TestStores.shared().jdbcUrl(RunningGerbang.get().schema));
    }
}
