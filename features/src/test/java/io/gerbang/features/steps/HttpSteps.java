package io.gerbang.features.steps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.java.en.Then;
import io.cucumber.java.en.When;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Raw HTTP a careless or hostile client sends, and what every answer must say (the envelope, its codes). */
public class HttpSteps {

    private final Exchanges exchanges;

    public HttpSteps(Exchanges exchanges) {
        this.exchanges = exchanges;
    }

    // ---- raw HTTP

    @When("a client sends {word} {string}")
    public void sends(String method, String path) {
        exchanges.answer = exchanges.http.send(
                HttpRequest.newBuilder(URI.create(base() + path)).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    @When("a client sends POST {string} with body:")
    public void sendsWithBody(String path, String body) {
        exchanges.answer = exchanges.http.post(path, body);
    }

    @When("a client speaking {string} sends POST {string} with body:")
    public void speakingSends(String language, String path, String body) {
        exchanges.answer = exchanges.http.post(path, body, "Accept-Language", language);
    }

    @When("a client sends GET {string} with request id {string}")
    public void sendsWithRequestId(String path, String requestId) {
        exchanges.answer = exchanges.http.get(path, "X-Request-ID", requestId);
    }

    @When("a client from origin {string} sends GET {string}")
    public void fromOrigin(String origin, String path) {
        exchanges.answer = exchanges.http.get(path, "Origin", origin);
    }

    @When("a browser from origin {string} asks before POST {string}")
    public void preflight(String origin, String path) {
        exchanges.answer = exchanges.http.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()),
                "Origin",
                origin,
                "Access-Control-Request-Method",
                "POST");
    }

    /** Bodies a careless or hostile client sends to the login endpoint, by the name the specs use. */
    private static final Map<String, String> BAD_BODIES = Map.ofEntries(
            Map.entry("not JSON", "{\"user_identity\": "),
            Map.entry("empty", ""),
            Map.entry("a JSON array", "[\"800000001\", \"password123\"]"),
            Map.entry("a password that is a number", "{\"user_identity\": \"100000001\", \"password\": 123456}"),
            Map.entry("no password", "{\"user_identity\": \"100000001\"}"),
            Map.entry("neither identity nor email", "{\"password\": \"password123\"}"),
            // under a field the reader would skip, so only the depth limit can refuse it
            Map.entry(
                    "objects nested 2000 deep",
                    "{\"user_identity\": \"100000001\", \"password\": \"password123\", " + "\"x\": "
                            + "{\"x\": ".repeat(1999) + "1" + "}".repeat(2000) + "}"),
            Map.entry(
                    "2 MB long", "{\"user_identity\": \"100000001\", \"password\": \"" + "x".repeat(2_000_000) + "\"}"),
            Map.entry(
                    "an identity with a NUL byte",
                    "{\"user_identity\": \"100000001\\u0000\", \"password\": \"password123\"}"),
            Map.entry("a malformed email", "{\"email\": \"not-an-email\", \"password\": \"password123\"}"));

    @When("a client sends a body that is {string} to {string}")
    public void sendsBadBody(String name, String path) {
        assertThat(BAD_BODIES).containsKey(name);
        exchanges.answer = exchanges.http.post(path, BAD_BODIES.get(name));
    }

    @When("a client sends the right JSON as text\\/plain to {string}")
    public void textPlain(String path) {
        exchanges.answer = exchanges.http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"user_identity\": \"100000001\", \"password\": \"password123\"}")));
    }

    private String base() {
        return exchanges.http.base();
    }

    // ---- what answers say

    @Then("the answer is {int}")
    public void answerIs(int status) {
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(status);
        assertEnvelope();
    }

    @Then("the answer is {int} with code {string}")
    public void answerIsWithCode(int status, String code) {
        assertThat(exchanges.answer.status()).as(exchanges.answer.body()).isEqualTo(status);
        assertThat(exchanges.answer.code()).isEqualTo(code);
        JsonNode json = exchanges.answer.json();
        assertThat(json.path("success").asBoolean()).isFalse();
        assertThat(json.path("data").isNull()).isTrue();
        assertThat(json.path("error").asText()).isNotBlank();
        assertEnvelope();
    }

    private void assertEnvelope() {
        if (exchanges.answer.status() == 204) {
            return;
        }
        JsonNode json = exchanges.answer.json();
        assertThat(json.has("success")).isTrue();
        assertThat(json.path("meta").path("request_id").asText()).isEqualTo(exchanges.answer.header("X-Request-ID"));
        assertThat(json.path("meta").path("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
    }

    @Then("the answer says {string} is {string}")
    public void answerSays(String path, String value) {
        assertThat(Exchanges.at(exchanges.answer.json(), path).asText()).isEqualTo(value);
    }

    @Then("the answer's {string} is {string}")
    public void answersField(String field, String value) {
        assertThat(exchanges.answer.json().path(field).asText()).isEqualTo(value);
    }

    @Then("the answer's data has {string} = {string}")
    public void dataHas(String path, String value) {
        assertThat(Exchanges.at(exchanges.answer.data(), path).asText())
                .as(exchanges.answer.body())
                .isEqualTo(value);
    }

    @Then("the answer's data lists {string} with {string}")
    public void dataLists(String path, String value) {
        List<String> values = new ArrayList<>();
        Exchanges.at(exchanges.answer.data(), path).forEach(node -> values.add(node.asText()));
        assertThat(values).contains(value);
    }

    @Then("the answer has an error for field {string}")
    public void errorForField(String field) {
        assertThat(exchanges.answer.json().path("errors").path(field).size()).isGreaterThan(0);
    }

    @Then("the answer has header {string} = {string}")
    public void hasHeader(String name, String value) {
        assertThat(exchanges.answer.header(name)).isEqualTo(value);
    }

    @Then("the answer has no header {string}")
    public void hasNoHeader(String name) {
        assertThat(exchanges.answer.header(name)).isNull();
    }

    @Then("the answer's header {string} is a new id")
    public void headerIsNewId(String name) {
        assertThat(exchanges.answer.header(name)).matches("[0-9a-f-]{36}");
    }

    // ---- odd requests: the edges of HTTP, by the shape the specs name

    @When("a client sends GET {string} with an Authorization of {int} characters")
    public void sendsLongAuthorization(String path, int length) {
        exchanges.answer = exchanges.http.get(path, "Authorization", "Bearer " + "a".repeat(length));
    }

    @When("a client sends GET {string} with headers of {int} characters")
    public void sendsLongHeaders(String path, int length) {
        // five headers the JDK client lets us set, together past what the server reads at all (64 KiB)
        String chunk = "b".repeat(length / 5);
        exchanges.answer = exchanges.http.get(
                path, "X-Pad-1", chunk, "X-Pad-2", chunk, "X-Pad-3", chunk, "X-Pad-4", chunk, "X-Pad-5", chunk);
    }

    @When("a client sends {word} {string} with a body")
    public void sendsWithABody(String method, String path) {
        exchanges.answer = exchanges.http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString("{\"a\": 1}")));
    }

    @When("a client sends GET {string} with a cursor of {int} characters")
    public void sendsLongCursor(String path, int length) {
        exchanges.answer = exchanges.http.get(path + "?cursor=" + "c".repeat(length));
    }

    @When("a client sends GET {string} with a path of {int} more characters")
    public void sendsLongPath(String path, int length) {
        exchanges.answer = exchanges.http.get(path + "p".repeat(length));
    }

    @When("a client sends POST {string} with a {string} of {int} characters")
    public void sendsLongField(String path, String field, int length) {
        exchanges.answer = exchanges.http.post(path, Map.of(field, "t".repeat(length)));
    }

    @Then("the answer carries a request id and no stack trace")
    public void carriesRequestId() {
        assertThat(exchanges.answer.headers().get("x-request-id"))
                .as("X-Request-ID")
                .isNotEmpty();
        assertThat(exchanges.answer.json().path("success").asBoolean(true)).isFalse();
        assertThat(exchanges.answer.json().path("meta").path("request_id").asText())
                .isEqualTo(exchanges.answer.headers().get("x-request-id").get(0));
        noStackTrace();
    }

    @Then("{word}'s profile name is still {string}")
    public void profileNameStill(String who, String name) {
        assertThat(exchanges
                        .http
                        .get("/api/v1/auth/me", "Authorization", exchanges.bearer(who))
                        .data()
                        .path("name")
                        .asText())
                .isEqualTo(name);
    }

    @When("{word} lists the users with his token re-signed for tenant {long}")
    public void listsUsersWithOtherTenant(String who, long tenant) {
        exchanges.answer = exchanges.http.get(
                "/api/v1/users",
                "Authorization",
                "Bearer " + resigned(exchanges.access(who), "tid", tenant),
                "X-Tenant-ID",
                String.valueOf(tenant));
    }

    @When("{word} lists the users with his token re-signed as issued an hour from now")
    public void listsUsersIssuedLater(String who) {
        exchanges.answer = exchanges.http.get(
                "/api/v1/users",
                "Authorization",
                "Bearer "
                        + resigned(
                                exchanges.access(who),
                                "iat",
                                java.time.Instant.now().plusSeconds(3600).getEpochSecond()));
    }

    @When("{word} lists the users with his token re-signed as issued {int} seconds from now")
    public void listsUsersIssuedSoon(String who, int seconds) {
        exchanges.answer = exchanges.http.get(
                "/api/v1/users",
                "Authorization",
                "Bearer "
                        + resigned(
                                exchanges.access(who),
                                "iat",
                                java.time.Instant.now().plusSeconds(seconds).getEpochSecond()));
    }

    /**
     * The token with one claim changed and signed again with a tenant's private key (opened from the store as a node
     * opens it): the key that signed it, or, for {@code tid}, the key of the tenant it names, with that tenant as
     * issuer. What a holder of that key could do.
     */
    private String resigned(String token, String claim, long value) {
        try {
            String[] parts = token.split("\\.");
            java.util.Base64.Decoder decoder = java.util.Base64.getUrlDecoder();
            java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
            com.fasterxml.jackson.databind.node.ObjectNode header =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(decoder.decode(parts[0]));
            com.fasterxml.jackson.databind.node.ObjectNode payload =
                    (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(decoder.decode(parts[1]));
            payload.put(claim, value);
            if ("tid".equals(claim)) {
                header.put(
                        "kid",
                        exchanges
                                .http
                                .get("/t/" + value + "/jwks.json")
                                .json()
                                .path("keys")
                                .path(0)
                                .path("kid")
                                .asText());
                payload.put("iss", exchanges.gerbang.issuer(value));
            }
            String kid = header.path("kid").asText();
            String signed = base64.encodeToString(Json.MAPPER.writeValueAsBytes(header)) + "."
                    + base64.encodeToString(Json.MAPPER.writeValueAsBytes(payload));
            java.security.Signature es256 = java.security.Signature.getInstance("SHA256withECDSAinP1363Format");
            es256.initSign(tenantKey(kid));
            es256.update(signed.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return signed + "." + base64.encodeToString(es256.sign());
        } catch (java.io.IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private java.security.PrivateKey tenantKey(String kid) {
        try (com.zaxxer.hikari.HikariDataSource store = io.gerbang.adapters.persistence.jdbc.PostgresDataSources.pool(
                io.gerbang.adapters.persistence.testing.TestStores.shared().jdbcUrl(exchanges.gerbang.schema),
                null,
                null,
                1)) {
            return new io.gerbang.adapters.persistence.jdbc.JdbcSigningKeys(
                            store,
                            new io.gerbang.adapters.persistence.secret.SecretBox(
                                    io.gerbang.adapters.persistence.secret.DataKey.derivedFrom(
                                            io.gerbang.adapters.persistence.secret.JwtSecret.of(
                                                    io.gerbang.bootstrap.testing.TestGerbang.SECRET))))
                    .privateKey(new io.gerbang.domain.signing.KeyId(kid))
                    .orElseThrow();
        }
    }

    @Then("the answer carries no stack trace nor SQL")
    public void noStackTrace() {
        assertThat(exchanges.answer.body()).doesNotContain("Exception", "\tat ", "SQL", "select ", "jdbc");
    }
}
