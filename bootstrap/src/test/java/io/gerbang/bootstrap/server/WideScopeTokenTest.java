package io.gerbang.bootstrap.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.persistence.testing.TestStores;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A plain role at a branch of 2,000 units (issue 23, item 5): the access token names the branch, not its units,
 * stays under 4 KiB, and every call with it is served (it was 8.9 KB, and every call a 431).
 */
class WideScopeTokenTest {

    @Test
    void aBranchOfTwoThousandUnitsMakesASmallTokenThatWorks() throws Exception {
        TestGerbang.Cluster cluster = TestGerbang.cluster();
        try (GerbangServer node = cluster.startNode()) {
            long branch = branchOfUnits(cluster.setting("GERBANG_DB_SCHEMA"), 2_000);
            Http http = new Http(node.port());
            String hasbi = "Bearer "
                    + http.login("800000001").data().path("access_token").asText();
            Answer registered = http.post(
                    "/api/v1/users",
                    Map.of(
                            "user_identity",
                            "400000001",
                            "name",
                            "Luas",
                            "email",
                            "luas@company.com",
                            "password",
                            "password123"),
                    "Authorization",
                    hasbi);
            assertThat(registered.status()).as(registered.body()).isEqualTo(201);
            Answer assigned = http.post(
                    "/api/v1/users/" + registered.data().path("id").asLong() + "/role-assignments",
                    Map.of("role_id", 2, "assignment_level", "branch", "branch_id", branch),
                    "Authorization",
                    hasbi);
            assertThat(assigned.status()).as(assigned.body()).isEqualTo(201);

            String token = http.login("400000001").data().path("access_token").asText();

            assertThat(token.length()).isLessThan(4096);
            JsonNode claims = new ObjectMapper()
                    .readTree(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
            assertThat(claims.path("scope").toString()).isEqualTo("{\"branches\":[" + branch + "],\"units\":[]}");
            Answer me = http.get("/api/v1/auth/me", "Authorization", "Bearer " + token);
            assertThat(me.status()).as(me.body()).isEqualTo(200);
            assertThat(http.get("/api/v1/tasks", "Authorization", "Bearer " + token)
                            .status())
                    .isEqualTo(200);
        }
    }

    /** A new branch of company 1 with this many units; its id. */
    private static long branchOfUnits(String schema, int units) throws SQLException {
        try (Connection connection =
                DriverManager.getConnection(TestStores.shared().jdbcUrl(schema))) {
            long branch;
            try (PreparedStatement insert = connection.prepareStatement(
                            "insert into branches (tenant_id, company_id, name) values (1, 1, 'Cabang Luas') returning"
                                    + " id");
                    ResultSet row = insert.executeQuery()) {
                row.next();
                branch = row.getLong(1);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into units (tenant_id, branch_id, name) select 1, ?, 'Unit ' || n from generate_series(1,"
                            + " ?) n")) {
                insert.setLong(1, branch);
                insert.setInt(2, units);
                insert.executeUpdate();
            }
            return branch;
        }
    }
}
