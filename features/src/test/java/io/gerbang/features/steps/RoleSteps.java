package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The steps of the roles and role assignments specs. */
public class RoleSteps {

    private final Exchanges exchanges;

    public RoleSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    // ---- roles

    @When("{word} lists the roles")
    public void listsRoles(String who) {
        exchanges.answer = exchanges.http.get("/api/v1/roles", exchanges.asCaller(who));
    }

    @When("{word} defines the role {string} with permissions {string}")
    public void definesRole(String who, String name, String permissions) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/roles",
                Map.of(
                        "name",
                        name,
                        "description",
                        "made by a spec",
                        "permissions",
                        List.of(permissions.split(",\\s*"))),
                exchanges.asCaller(who));
    }

    @Then("the listed roles include {string}")
    public void listedRolesInclude(String names) {
        assertThat(roleNames()).contains(names.split(",\\s*"));
    }

    @Then("the listed roles are {string}")
    public void listedRolesAre(String names) {
        assertThat(roleNames()).containsExactly(names.split(",\\s*"));
    }

    @Then("the role {string} has permissions {string}")
    public void roleHasPermissions(String name, String permissions) {
        List<String> held = new ArrayList<>();
        for (JsonNode role : exchanges.answer.data()) {
            if (role.path("name").asText().equals(name)) {
                role.path("permissions").forEach(permission -> held.add(permission.asText()));
            }
        }
        assertThat(held).containsExactly(permissions.split(",\\s*"));
    }

    private List<String> roleNames() {
        List<String> names = new ArrayList<>();
        exchanges.answer.data().forEach(role -> names.add(role.path("name").asText()));
        return names;
    }

    // ---- role assignments

    private final Map<String, Long> lastAssignment = new HashMap<>();

    @When("{word} gives {word} the role {string} at {word} {long}")
    public void givesRole(String who, String whom, String role, String level, long node) {
        Map<String, Object> body = new HashMap<>(Map.of("role_id", roleId(role), "assignment_level", level));
        body.put(level + "_id", node);
        exchanges.answer = exchanges.http.post(
                "/api/v1/users/" + exchanges.userId(whom) + "/role-assignments", body, exchanges.asCaller(who));
        if (exchanges.answer.status() == 201) {
            lastAssignment.put(
                    whom, exchanges.answer.data().path("assignment_id").asLong());
        }
    }

    @Given("{word} has given {word} the role {string} at {word} {long}")
    public void hasGivenRole(String who, String whom, String role, String level, long node) {
        givesRole(who, whom, role, level, node);
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(201);
    }

    @When("{word} gives user {long} a role with:")
    public void givesRoleWith(String who, long user, String body) {
        exchanges.answer =
                exchanges.http.post("/api/v1/users/" + user + "/role-assignments", body, exchanges.asCaller(who));
    }

    @When("{word} takes back the role {word} was given last")
    public void takesBackLast(String who, String whom) {
        assertThat(lastAssignment).containsKey(whom);
        exchanges.answer = exchanges.http.delete(
                "/api/v1/users/" + exchanges.userId(whom) + "/role-assignments/" + lastAssignment.get(whom),
                exchanges.asCaller(who));
    }

    @When("{word} takes back assignment {long} of user {long}")
    public void takesBackAssignment(String who, long assignment, long user) {
        exchanges.answer = exchanges.http.delete(
                "/api/v1/users/" + user + "/role-assignments/" + assignment, exchanges.asCaller(who));
    }

    @Given("{word} has defined the role {string} with permissions {string}")
    public void hasDefinedRole(String who, String name, String permissions) {
        definesRole(who, name, permissions);
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(201);
    }

    @When("{word} takes back {word}'s role {string}")
    public void takesBackRole(String who, String whom, String role) {
        long assignment = -1;
        for (JsonNode held : asHasbi("/api/v1/users/" + exchanges.userId(whom)).path("role_assignments")) {
            if (held.path("role_name").asText().equals(role)) {
                assignment = held.path("assignment_id").asLong();
            }
        }
        assertThat(assignment).as("%s holds %s", whom, role).isPositive();
        exchanges.answer = exchanges.http.delete(
                "/api/v1/users/" + exchanges.userId(whom) + "/role-assignments/" + assignment, exchanges.asCaller(who));
    }

    /** The id of one of tenant 1's roles, as its console admin sees them. */
    private long roleId(String name) {
        for (JsonNode role : asHasbi("/api/v1/roles")) {
            if (role.path("name").asText().equals(name)) {
                return role.path("id").asLong();
            }
        }
        return 999_999;
    }

    private JsonNode asHasbi(String path) {
        Answer login = exchanges.http.post(
                "/api/v1/auth/login",
                Map.of("user_identity", Exchanges.IDENTITIES.get("Hasbi"), "password", "password123"));
        Answer read = exchanges.http.get(
                path,
                "Authorization",
                "Bearer " + login.data().path("access_token").asText());
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        return read.data();
    }
}
