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
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * A change of several writes that the database breaks off halfway leaves nothing written: the connection is
 * lost (its backend terminated by a trigger, as an administrator or a crash would) between the first write and
 * the second, and the first is not kept.
 */
class WholeChangesTest {

    @Test
    void anAdministratorsChangeToAUserIsKeptWholeOrNotAtAll() throws SQLException {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        String schema = cluster.setting("GERBANG_DB_SCHEMA");
        try (GerbangServer node = cluster.startNode()) {
            Http http = new Http(node.port());
            String bearer = "Bearer "
                    + http.login("800000001").data().path("access_token").asText(); // Hasbi
            String change = "{\"name\": \"Sakura Setengah\", \"two_factor_enabled\": false}";

            // PATCH /users/3 saves Sakura's row, then turns her second factor off: the connection dies in between
            sql(schema, """
                    create function lose_the_connection() returns trigger language plpgsql as $$
                    begin
                        perform pg_terminate_backend(pg_backend_pid());
                        return null;
                    end $$;
                    create trigger lose_the_connection before delete on recovery_codes
                        for each statement execute function lose_the_connection();""");
            Http.Answer brokenOff = http.patch("/api/v1/users/3", change, "Authorization", bearer);
            sql(schema, "drop trigger lose_the_connection on recovery_codes");

            assertThat(brokenOff.status()).as(brokenOff.body()).isEqualTo(503);
            assertThat(brokenOff.code()).isEqualTo("UNAVAILABLE");
            assertThat(nameOf(schema, 3)).isEqualTo("Sakura Haruno");

            Http.Answer whole = http.patch("/api/v1/users/3", change, "Authorization", bearer);
            assertThat(whole.status()).as(whole.body()).isEqualTo(200);
            assertThat(nameOf(schema, 3)).isEqualTo("Sakura Setengah");
        }
    }

    private static void sql(String schema, String statements) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(TestStores.shared().jdbcUrl(schema));
                Statement statement = connection.createStatement()) {
            statement.execute(statements);
        }
    }

    private static String nameOf(String schema, long user) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(TestStores.shared().jdbcUrl(schema));
                PreparedStatement query = connection.prepareStatement("select name from users where id = ?")) {
            query.setLong(1, user);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
