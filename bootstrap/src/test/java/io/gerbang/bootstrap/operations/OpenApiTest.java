package io.gerbang.bootstrap.operations;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.gerbang.bootstrap.openapi.Endpoints;
import io.gerbang.bootstrap.server.GerbangServer;
import io.gerbang.bootstrap.testing.Http;
import io.gerbang.bootstrap.testing.Http.Answer;
import io.gerbang.bootstrap.testing.OpenApiConformance;
import io.gerbang.bootstrap.testing.TestGerbang;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /openapi.json} describes exactly the {@code /api/v1} endpoints Jersey serves, and {@code /docs/} shows it. */
class OpenApiTest {

    private static GerbangServer node;
    private static Http http;
    private static JsonNode document;

    @BeforeAll
    static void start() {
        node = TestGerbang.cluster().startNode();
        http = new Http(node.port());
        Answer answer = http.get("/openapi.json");
        assertThat(answer.status()).isEqualTo(200);
        document = answer.json();
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void everyEndpointJerseyServesUnderApiV1AndTheStandardOnesAreInTheDocumentAndNothingMore() {
        Set<String> served = Endpoints.of(Endpoints.resourcesOf(node.component(ResourceConfig.class))).stream()
                .filter(endpoint -> endpoint.path().startsWith("/api/v1")
                        || endpoint.path().startsWith("/t/")
                        || endpoint.path().startsWith("/.well-known/"))
                .map(endpoint -> endpoint.method() + " " + endpoint.path())
                .collect(Collectors.toSet());
        Set<String> documented = new HashSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths =
                        document.path("paths").fields();
                paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method + " " + path.getKey()));
        }

        assertThat(served).hasSizeGreaterThan(30);
        assertThat(documented).isEqualTo(served);
    }

    @Test
    void itIsOpenApi31WithTheEnvelopeTheCodesAndBearerWhereACallerIsNeeded() {
        assertThat(document.path("openapi").asText()).startsWith("3.1");
        assertThat(document.path("components")
                        .path("securitySchemes")
                        .path("bearer")
                        .path("scheme")
                        .asText())
                .isEqualTo("bearer");
        assertThat(document.path("components")
                        .path("schemas")
                        .path("Envelope")
                        .path("properties")
                        .has("errors"))
                .isTrue();
        JsonNode me = document.path("paths").path("/api/v1/auth/me").path("get");
        assertThat(me.path("security").toString()).contains("bearer");
        assertThat(me.path("responses").has("401")).isTrue();
        JsonNode login = document.path("paths").path("/api/v1/auth/login").path("post");
        assertThat(login.path("security").isArray()).isTrue();
        assertThat(login.path("security")).as("a sign-in needs no security").isEmpty();
        assertThat(login.path("responses").has("429")).isTrue();
        // request bodies in the API's own names
        assertThat(login.path("requestBody").path("content").has("application/json"))
                .isTrue();
        String loginBody = login.path("requestBody").toString();
        String schema = loginBody.replaceAll(".*\"\\$ref\":\"#/components/schemas/([A-Za-z]+)\".*", "$1");
        assertThat(document.path("components")
                        .path("schemas")
                        .path(schema)
                        .path("properties")
                        .has("user_identity"))
                .as(loginBody)
                .isTrue();
    }

    @Test
    void eachAnswerSaysWhatItsDataHoldsInTheApisNames() {
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode me = success(document.path("paths").path("/api/v1/auth/me").path("get"), "200");
        assertThat(data(me).path("$ref").asText()).isEqualTo("#/components/schemas/User");
        assertThat(schemas.path("User").path("properties").fieldNames())
                .toIterable()
                .contains("user_identity", "two_factor_enabled", "role_assignments", "modules");

        JsonNode login =
                success(document.path("paths").path("/api/v1/auth/login").path("post"), "200");
        assertThat(data(login).path("anyOf").toString()).contains("LoginResult", "MfaRequired");
        assertThat(schemas.path("LoginResult").path("properties").has("user_id"))
                .isTrue();

        JsonNode created = success(document.path("paths").path("/api/v1/users").path("post"), "201");
        assertThat(data(created).path("$ref").asText()).isEqualTo("#/components/schemas/User");

        JsonNode messages = success(
                document.path("paths").path("/api/v1/tasks/{id}/messages").path("get"), "200");
        assertThat(data(messages).path("items").path("$ref").asText()).isEqualTo("#/components/schemas/ChatMessage");
        assertThat(messages.path("description").asText()).contains("meta.pagination");
        assertThat(schemas.path("ChatMessage").path("properties").has("reply_to"))
                .isTrue();

        // every operation's success answer names its data; the standard endpoints answer in their RFCs' shapes
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().forEach(operation -> {
                    JsonNode answer = operation.path("responses").has("201")
                            ? operation.path("responses").path("201")
                            : operation.path("responses").path("200");
                    if (path.getKey().startsWith("/api/v1")) {
                        assertThat(data(answer).isMissingNode())
                                .as(operation.path("operationId").asText())
                                .isFalse();
                    }
                }));
        assertThat(document.path("paths")
                        .path("/t/{tenant}/token")
                        .path("post")
                        .path("responses")
                        .path("200")
                        .toString())
                .contains("#/components/schemas/TokenResponse");
        assertThat(document.path("paths")
                        .path("/t/{tenant}/token")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .has("application/x-www-form-urlencoded"))
                .isTrue();
        assertThat(document.path("paths")
                        .path("/t/{tenant}/jwks.json")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .toString())
                .contains("#/components/schemas/JsonWebKeySet");
        assertThat(schemas.path("Introspection").path("required").toString()).isEqualTo("[\"active\"]");
    }

    /**
     * The document's lint, the rules a client generator and a reader rely on: a server to call, every
     * operation with a unique id, a summary, its security said (Bearer, or none for the sign-in calls), every
     * status of the envelope listed, and every reference resolving.
     */
    @Test
    void theDocumentPassesItsLint() {
        assertThat(document.path("servers")).isNotEmpty();
        assertThat(document.path("servers").path(0).path("url").asText()).isNotBlank();
        Set<String> operationIds = new HashSet<>();
        document.path("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(entry -> {
                    String name = entry.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey();
                    JsonNode operation = entry.getValue();
                    assertThat(operation.path("summary").asText())
                            .as("summary of %s", name)
                            .isNotBlank();
                    assertThat(operationIds.add(operation.path("operationId").asText()))
                            .as("unique id of %s", name)
                            .isTrue();
                    assertThat(operation.path("security").isArray())
                            .as("security of %s", name)
                            .isTrue();
                    // the standard endpoints list what their RFCs answer; every envelope operation the envelope's
                    // failures
                    String[] statuses = path.getKey().startsWith("/api/v1")
                            ? new String[] {"400", "401", "404", "429", "500", "503"}
                            : new String[] {"404", "500", "503"};
                    for (String status : statuses) {
                        assertThat(operation.path("responses").has(status))
                                .as("%s of %s", status, name)
                                .isTrue();
                    }
                }));
        java.util.regex.Matcher refs = java.util.regex.Pattern.compile("\"\\$ref\":\"#/components/schemas/([^\"]+)\"")
                .matcher(document.toString());
        while (refs.find()) {
            assertThat(document.path("components").path("schemas").has(refs.group(1)))
                    .as(refs.group())
                    .isTrue();
        }
    }

    @Test
    void aFailureAndAnAnswerWithNullsValidateAgainstTheDocument() {
        OpenApiConformance conformance =
                OpenApiConformance.of(http.get("/openapi.json").body());
        Answer refused = http.post("/api/v1/auth/login", Map.of("user_identity", "800000001", "password", "wrong-1"));
        assertThat(conformance.problems("POST", "/api/v1/auth/login", refused.status(), refused.body()))
                .isEmpty();
        Answer login = http.login("800000001");
        // Hasbi has no home unit: unit_id and unit_name are null in the answer
        assertThat(login.data().path("user").path("unit_id").isNull()).isTrue();
        assertThat(conformance.problems("POST", "/api/v1/auth/login", login.status(), login.body()))
                .isEmpty();
        String bearer = "Bearer " + login.data().path("access_token").asText();
        Answer users = http.get("/api/v1/users?limit=2", "Authorization", bearer);
        assertThat(conformance.problems("GET", "/api/v1/users", users.status(), users.body()))
                .isEmpty();
        // and a wrong answer is caught: a status the operation does not list, a field of the wrong type
        assertThat(conformance.problems("POST", "/api/v1/auth/login", 418, refused.body()))
                .isNotEmpty();
        assertThat(conformance.problems(
                        "GET",
                        "/api/v1/auth/me",
                        200,
                        "{\"success\":true,\"message\":\"ok\",\"data\":{\"id\":\"one\"},\"meta\":{}}"))
                .isNotEmpty();
    }

    private static JsonNode success(JsonNode operation, String status) {
        assertThat(operation.path("responses").has(status))
                .as(operation.toString())
                .isTrue();
        return operation.path("responses").path(status);
    }

    private static JsonNode data(JsonNode answer) {
        return answer.path("content")
                .path("application/json")
                .path("schema")
                .path("allOf")
                .path(1)
                .path("properties")
                .path("data");
    }

    @Test
    void swaggerUiIsServedFromTheJarAndOpensTheDocument() {
        Answer page = http.get("/docs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"swagger-ui\"></div>", "swagger-initializer.js");
        Answer initializer = http.get("/docs/swagger-initializer.js");
        assertThat(initializer.body()).contains("/openapi.json");
        assertThat(http.get("/docs/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    @Test
    void theDocumentAndSwaggerUiAreNeverSniffedNorFramed() {
        for (String path :
                new String[] {"/openapi.json", "/docs/", "/docs/swagger-ui-bundle.js", "/docs/swagger-initializer.js"
                }) {
            Answer answer = http.get(path);
            assertThat(answer.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(answer.header("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(answer.header("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
    }
}
