package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The steps of the users specs: scoped lists and pages, registering and changing people. */
public class UserSteps {

    private final Exchanges exchanges;

    public UserSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    // ---- users

    @When("{word} lists the users")
    public void listsUsers(String who) {
        exchanges.answer = exchanges.http.get("/api/v1/users", exchanges.asCaller(who));
    }

    @When("{word} lists the users {int} at a time")
    public void listsUsersPaged(String who, int limit) {
        exchanges.answer = exchanges.http.get("/api/v1/users?limit=" + limit, "Authorization", exchanges.bearer(who));
    }

    @When("{word} lists the users with {string}")
    public void listsUsersWith(String who, String query) {
        exchanges.answer = exchanges.http.get("/api/v1/users?" + query, "Authorization", exchanges.bearer(who));
    }

    @When("{word} follows the next cursor")
    public void followsNext(String who) {
        follow(who, "next_cursor");
    }

    @When("{word} follows the previous cursor")
    public void followsPrevious(String who) {
        follow(who, "prev_cursor");
    }

    private void follow(String who, String which) {
        String cursor = exchanges
                .answer
                .json()
                .path("meta")
                .path("pagination")
                .path(which)
                .asText();
        assertThat(cursor).isNotBlank();
        String limit = exchanges
                .answer
                .json()
                .path("meta")
                .path("pagination")
                .path("limit")
                .asText();
        exchanges.answer = exchanges.http.get(
                "/api/v1/users?limit=" + limit + "&cursor=" + cursor, "Authorization", exchanges.bearer(who));
    }

    @When("{word} asks for user {long}")
    public void asksForUser(String who, long user) {
        exchanges.answer = exchanges.http.get("/api/v1/users/" + user, exchanges.asCaller(who));
    }

    @Then("the listed users are {string}")
    public void listedUsersAre(String identities) {
        assertThat(listedIdentities()).containsExactly(identities.split(",\\s*"));
    }

    @Then("the listed users include {string}")
    public void listedUsersInclude(String identities) {
        assertThat(listedIdentities()).contains(identities.split(",\\s*"));
    }

    @Then("the listed users do not include {string}")
    public void listedUsersDoNotInclude(String identities) {
        assertThat(listedIdentities()).doesNotContain(identities.split(",\\s*"));
    }

    @Then("the listed users are all of unit {long}")
    public void allOfUnit(long unit) {
        assertThat(exchanges.answer.data())
                .isNotEmpty()
                .allSatisfy(user -> assertThat(user.path("unit_id").asLong())
                        .as(user.toString())
                        .isEqualTo(unit));
    }

    @Then("the listed users are all of tenant {int}")
    public void allOfTenant(int tenant) {
        assertThat(listedIdentities()).doesNotContain("900000001", "700000001");
    }

    @Then("the page says has_next {string} and has_prev {string}")
    public void pageSays(String hasNext, String hasPrev) {
        JsonNode page = exchanges.answer.json().path("meta").path("pagination");
        assertThat(page.path("has_next").asText()).isEqualTo(hasNext);
        assertThat(page.path("has_prev").asText()).isEqualTo(hasPrev);
    }

    private List<String> listedIdentities() {
        List<String> identities = new ArrayList<>();
        exchanges
                .answer
                .data()
                .forEach(user -> identities.add(user.path("user_identity").asText()));
        return identities;
    }

    // ---- changing users

    @When("{word} registers {string} named {string} with email {string} in unit {int}")
    public void registers(String who, String identity, String name, String email, int unit) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/users",
                Map.of(
                        "user_identity",
                        identity,
                        "name",
                        name,
                        "email",
                        email,
                        "password",
                        "password123",
                        "unit_id",
                        unit),
                exchanges.asCaller(who));
        if (exchanges.answer.status() == 201) {
            exchanges.registered.put(
                    identity, exchanges.answer.data().path("id").asLong());
        }
    }

    @Given("{word} has registered {string} in unit {int}")
    public void hasRegistered(String who, String identity, int unit) {
        registers(who, identity, "Orang " + identity, identity + "@new.example", unit);
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(201);
    }

    @When("{word} moves {string} to unit {int}")
    public void moves(String who, String identity, int unit) {
        changes(who, identity, "{\"unit_id\": " + unit + "}");
    }

    @When("{word} deactivates {string}")
    public void deactivates(String who, String identity) {
        changes(who, identity, "{\"is_active\": false}");
    }

    @When("{word} sets the password of {string} to {string}")
    public void setsPassword(String who, String identity, String password) {
        changes(who, identity, "{\"password\": \"" + password + "\"}");
    }

    @When("{word} changes {string} with:")
    public void changesRegistered(String who, String identity, String patch) {
        changes(who, identity, patch);
    }

    private void changes(String who, String identity, String patch) {
        assertThat(exchanges.registered).containsKey(identity);
        exchanges.answer = exchanges.http.patch(
                "/api/v1/users/" + exchanges.registered.get(identity), patch, exchanges.asCaller(who));
    }

    @When("{word} changes user {long} with:")
    public void changesUser(String who, long user, String patch) {
        exchanges.answer = exchanges.http.patch("/api/v1/users/" + user, patch, exchanges.asCaller(who));
    }
}
