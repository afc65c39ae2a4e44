package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Given;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http.Answer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** The steps of the session specs: listing, ending, inspecting and counting sessions, and password changes. */
public class SessionSteps {

    private final Exchanges exchanges;
    private int countedSessions;

    public SessionSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    // ---- sessions

    @When("{word} lists their sessions")
    public void listsSessions(String who) {
        exchanges.answer = exchanges.http.get("/api/v1/auth/sessions", "Authorization", exchanges.bearer(who));
    }

    @Then("the list holds {word}'s {int} sessions, exactly one of them current")
    public void listHolds(String who, int count) {
        String owner = who.replace("'s", "");
        List<String> listed = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (JsonNode session : exchanges.answer.data()) {
            listed.add(session.path("session_id").asText());
            if (session.path("current").asBoolean()) {
                current.add(session.path("session_id").asText());
            }
        }
        // earlier scenarios may have left sessions of the same person; this one's must all be there
        List<String> opened = exchanges.logins.get(owner).stream()
                .map(SessionSteps::sessionIdOf)
                .toList();
        assertThat(opened).hasSize(count);
        assertThat(listed).containsAll(opened);
        assertThat(current).containsExactly(sessionIdOf(exchanges.latestLogin(owner)));
    }

    @When("{word} ends their first session from the second")
    public void endsFirstSession(String who) {
        String firstSession = sessionIdOf(exchanges.logins.get(who).get(0));
        exchanges.answer =
                exchanges.http.delete("/api/v1/auth/sessions/" + firstSession, "Authorization", exchanges.bearer(who));
    }

    @When("{word} tries to end {word}'s session")
    public void triesToEnd(String who, String owner) {
        String session = sessionIdOf(exchanges.latestLogin(owner.replace("'s", "")));
        exchanges.answer =
                exchanges.http.delete("/api/v1/auth/sessions/" + session, "Authorization", exchanges.bearer(who));
    }

    private static String sessionIdOf(Answer login) {
        String payload = login.data().path("access_token").asText().split("\\.")[1];
        return Json.read(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8))
                .path("sid")
                .asText();
    }

    @When("{word} checks the tokens of user {long}")
    public void checksTokens(String who, long user) {
        exchanges.answer =
                exchanges.http.get("/api/v1/auth/check-tokens?user_id=" + user, "Authorization", exchanges.bearer(who));
    }

    @When("{word} counts the sessions of user {long}")
    public void countsSessions(String who, long user) {
        exchanges.answer = exchanges.http.get(
                "/api/v1/auth/session-count?user_id=" + user, "Authorization", exchanges.bearer(who));
    }

    @Then("the answer lists at least {int} access token and {int} refresh token for {word}")
    public void listsTokens(int access, int refresh, String who) {
        assertThat(exchanges.answer.data().path("access_tokens").size()).isGreaterThanOrEqualTo(access);
        assertThat(exchanges.answer.data().path("refresh_tokens").size()).isGreaterThanOrEqualTo(refresh);
        assertThat(exchanges
                        .answer
                        .data()
                        .path("refresh_tokens")
                        .get(0)
                        .path("family_id")
                        .asText())
                .matches("[0-9a-f]{32}");
    }

    @Then("the answer does not contain {word}'s tokens")
    public void doesNotContainTokens(String who) {
        String owner = who.replace("'s", "");
        assertThat(exchanges.answer.body()).doesNotContain(exchanges.access(owner), exchanges.refreshToken(owner));
    }

    @When("{word} cleans up expired sessions")
    public void cleansUp(String who) {
        exchanges.answer =
                exchanges.http.post("/api/v1/auth/cleanup-expired", "", "Authorization", exchanges.bearer(who));
    }

    @When("{word} changes the password from {string} to {string}")
    public void changesPassword(String who, String current, String next) {
        exchanges.answer = exchanges.http.post(
                "/api/v1/auth/password",
                Map.of("current_password", current, "new_password", next),
                "Authorization",
                exchanges.bearer(who));
    }

    @Given("{word}'s sessions are counted")
    public void sessionsAreCounted(String who) {
        exchanges.signIn("Naruto");
        countedSessions = exchanges
                .http
                .get("/api/v1/auth/session-count", "Authorization", exchanges.bearer("Naruto"))
                .data()
                .path("total_sessions")
                .asInt();
    }

    @Then("{word} has as many sessions as before")
    public void asManySessions(String who) {
        assertThat(exchanges
                        .http
                        .get("/api/v1/auth/session-count", "Authorization", exchanges.bearer("Naruto"))
                        .data()
                        .path("total_sessions")
                        .asInt())
                .isEqualTo(countedSessions);
    }
}
