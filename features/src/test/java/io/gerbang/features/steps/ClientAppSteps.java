package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import io.gerbang.bootstrap.testing.Http;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * Client apps: their administration at /api/v1/clients, and what their policies mean for the sessions opened
 * through them (API.md, "Client apps" and "Dialects").
 */
public class ClientAppSteps {

    private final Exchanges exchanges;
    /** The last sign-in through a client path, and the secret a client was made with. */
    private Http.Answer signedIn;

    private String previousRefreshToken;
    private String secret;

    public ClientAppSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    // ---- administration

    @When("{word} makes the client app:")
    public void makes(String who, String body) {
        exchanges.answer = exchanges.http.post("/api/v1/clients", body, exchanges.asCaller(who));
        secret = exchanges.answer.status() == 201
                ? exchanges.answer.data().path("signing_secret").asText(null)
                : null;
    }

    @When("{word} lists the client apps")
    public void lists(String who) {
        exchanges.answer = exchanges.http.get("/api/v1/clients", exchanges.asCaller(who));
    }

    @When("{word} reads the client app {string}")
    public void reads(String who, String client) {
        exchanges.answer = exchanges.http.get("/api/v1/clients/" + client, exchanges.asCaller(who));
    }

    @When("{word} changes the client app {string} with:")
    public void changes(String who, String client, String body) {
        exchanges.answer = exchanges.http.patch("/api/v1/clients/" + client, body, exchanges.asCaller(who));
    }

    @When("{word} deletes the client app {string}")
    public void deletes(String who, String client) {
        exchanges.answer = exchanges.http.delete("/api/v1/clients/" + client, exchanges.asCaller(who));
    }

    @When("{word} asks for a new secret of the client app {string}")
    public void renews(String who, String client) {
        exchanges.answer =
                exchanges.http.post("/api/v1/clients/" + client + "/secret", Map.of(), exchanges.asCaller(who));
    }

    @Then("the client apps listed include {string}")
    public void listedInclude(String client) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        exchanges
                .answer
                .data()
                .forEach(listed -> ids.add(listed.path("client_id").asText()));
        assertThat(ids).contains(client);
    }

    @Then("no client app is listed")
    public void noneListed() {
        assertThat(exchanges.answer.data().isArray()).isTrue();
        assertThat(exchanges.answer.data().size()).isZero();
    }

    @Then("the answer's data holds only {string}")
    public void dataHoldsOnly(String fields) {
        java.util.List<String> names = new java.util.ArrayList<>();
        exchanges.answer.data().fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactlyInAnyOrder(fields.split(", "));
    }

    @Then("the answer's meta has no pagination")
    public void noPagination() {
        assertThat(exchanges.answer.json().path("meta").has("pagination"))
                .as(exchanges.answer.body())
                .isFalse();
    }

    @Then("the bare answer has a new {string}")
    public void newRefreshToken(String field) {
        assertThat(exchanges.answer.json().path(field).asText()).isNotBlank();
        assertThat(exchanges.answer.json().path(field).asText()).isNotEqualTo(previousRefreshToken);
    }

    @Then("the answer shows a signing secret made just now")
    public void signingSecretMade() {
        secret = exchanges.answer.data().path("signing_secret").asText(null);
        assertThat(secret).as(exchanges.answer.body()).isNotNull().hasSize(43);
    }

    @Then("the access token is signed with the client's secret")
    public void signedWithClientSecret() {
        String token = signedIn.data().path("access_token").asText();
        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(Json.read(header).path("kid").asText())
                .isEqualTo(claimsOf(token).path("aud").asText());
        assertThat(io.jsonwebtoken.Jwts.parser()
                        .verifyWith(
                                io.jsonwebtoken.security.Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)))
                        .build()
                        .parseSignedClaims(token))
                .isNotNull();
    }

    @Then("the answer shows no secret again")
    public void noSecretAgain() {
        assertThat(secret).as("a secret was made").isNotNull();
        assertThat(exchanges.answer.body()).doesNotContain(secret);
    }

    // ---- signing in through a client

    @When("{word} signs in through the client {string}")
    public void signsInThrough(String who, String client) {
        String identity = Exchanges.IDENTITIES.getOrDefault(who, who);
        signedIn = exchanges.http.post(
                "/clients/" + client + "/api/v1/auth/login",
                Map.of("user_identity", identity, "password", "password123"),
                exchanges.tenantHeader(who));
        exchanges.answer = signedIn;
    }

    @When("{word} signs in through the portal client {string}")
    public void signsInThroughPortal(String who, String client) {
        String email = exchanges
                .http
                .login(Exchanges.IDENTITIES.get(who))
                .data()
                .path("user")
                .path("email")
                .asText();
        signedIn = exchanges.http.post(
                "/clients/" + client + "/auth/login",
                Map.of("email", email, "password", "password123"),
                exchanges.tenantHeader(who));
        exchanges.answer = signedIn;
    }

    @Then("the access token lives {int} seconds and names {string} as its audience")
    public void tokenLives(int seconds, String audience) {
        JsonNode data = signedIn.data();
        assertThat(data.path("expires_in").asLong()).isEqualTo(seconds);
        JsonNode claims = claimsOf(data.path("access_token").asText());
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(seconds);
        assertThat(claims.path("aud").asText()).isEqualTo(audience);
    }

    @When("that session is refreshed through the client {string}")
    public void refreshedThrough(String client) {
        previousRefreshToken = refreshTokenOf(signedIn);
        exchanges.answer = exchanges.http.post(
                "/clients/" + client + "/api/v1/auth/refresh", Map.of("refresh_token", refreshTokenOf(signedIn)));
        if (exchanges.answer.status() == 200) {
            signedIn = exchanges.answer;
        }
    }

    /** Where a sign-in's answer holds its refresh token: in the envelope's data, or bare (the connector's). */
    private static String refreshTokenOf(Http.Answer answer) {
        JsonNode json = answer.json();
        return (json.has("data") ? json.path("data") : json)
                .path("refresh_token")
                .asText();
    }

    @When("that session is refreshed at the native API")
    public void refreshedNatively() {
        exchanges.answer =
                exchanges.http.post("/api/v1/auth/refresh", Map.of("refresh_token", refreshTokenOf(signedIn)));
        if (exchanges.answer.status() == 200) {
            signedIn = exchanges.answer;
        }
    }

    @When("that portal session is refreshed {int} times with the refresh token of its sign-in through {string}")
    public void portalRefreshes(int times, String client) {
        String first = signedIn.data().path("refresh_token").asText();
        for (int i = 0; i < times; i++) {
            exchanges.answer = (i % 2 == 0 ? exchanges.gerbang.nodeB : exchanges.gerbang.nodeA)
                    .post("/clients/" + client + "/auth/refresh", Map.of("refresh_token", first));
            assertThat(exchanges.answer.status())
                    .as("refresh %d: %s", i + 1, exchanges.answer.body())
                    .isEqualTo(200);
        }
    }

    @When("that session lists its sessions")
    public void listsSessions() {
        exchanges.answer = exchanges.http.get(
                "/api/v1/auth/sessions",
                "Authorization",
                "Bearer " + signedIn.data().path("access_token").asText());
    }

    @Then("the current session names the client {string}")
    public void currentSessionClient(String client) {
        JsonNode current = null;
        for (JsonNode session : exchanges.answer.data()) {
            if (session.path("current").asBoolean()) {
                current = session;
            }
        }
        assertThat(current).as(exchanges.answer.body()).isNotNull();
        assertThat(current.path("client_id").asText()).isEqualTo(client);
    }

    @When("that session asks for its profile at the native API")
    public void profileNatively() {
        exchanges.answer = exchanges.http.get(
                "/api/v1/auth/me",
                "Authorization",
                "Bearer " + signedIn.data().path("access_token").asText());
    }

    @When("that session asks for its profile through the client {string}")
    public void profileThrough(String client) {
        exchanges.answer = exchanges.http.get(
                "/clients/" + client + "/api/v1/auth/me",
                "Authorization",
                "Bearer " + signedIn.data().path("access_token").asText());
    }

    @When("{word} signs in to the campus client {string} and asks at the native API who they are")
    public void campusTokenNatively(String who, String client) {
        Http.Answer login = exchanges.http.post(
                "/clients/" + client + "/api/auth/login",
                Map.of("username", Exchanges.IDENTITIES.get(who), "password", "password123"));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        exchanges.answer = exchanges.http.get(
                "/api/v1/auth/me",
                "Authorization",
                "Bearer " + login.json().path("token").asText());
    }

    @When("a client sends POST {string} speaking {string} with body:")
    public void postSpeaking(String path, String language, String body) {
        exchanges.answer = exchanges.http.post(path, body, "Accept-Language", language);
    }

    @When("a client sends POST {string} {int} times with body:")
    public void postTimes(String path, int times, String body) {
        for (int i = 0; i < times; i++) {
            exchanges.answer = exchanges.http.post(path, body);
        }
    }

    @When("a client sends POST {string} with the form {string}")
    public void postForm(String path, String form) {
        exchanges.answer = exchanges.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(exchanges.http.base() + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(form)));
    }

    @When("a browser from origin {string} asks before POST {string} with its client")
    public void preflight(String origin, String path) {
        exchanges.answer = exchanges.http.send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(exchanges.http.base() + path))
                        .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()),
                "Origin",
                origin,
                "Access-Control-Request-Method",
                "POST");
    }

    // ---- what a dialect answers

    @Then("the bare answer is {int} with {string} = {string}")
    public void bareAnswer(int status, String field, String value) {
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(status);
        assertThat(Exchanges.at(exchanges.answer.json(), field).asText()).isEqualTo(value);
        assertThat(exchanges.answer.json().has("success")).as("no envelope").isFalse();
    }

    @Then("the bare answer has the header {string}")
    public void bareHeader(String header) {
        assertThat(exchanges.answer.header(header))
                .as(exchanges.answer.headers().toString())
                .isNotBlank();
    }

    @Then("the bare answer has no {string}")
    public void bareAnswerLacks(String field) {
        assertThat(exchanges.answer.json().has(field))
                .as(exchanges.answer.body())
                .isFalse();
    }

    @Then("the answer's status is {int}")
    public void status(int status) {
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(status);
    }

    private static JsonNode claimsOf(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.read(payload);
    }
}
