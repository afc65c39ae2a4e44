package io.gerbang.bootstrap.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/**
 * The tenants' standard endpoints ({@code /t/{tenant}/...}, {@code /.well-known/...}) in the document: they answer in
 * their RFCs' shapes, not in the envelope, so they are written here as those RFCs define them (RFC 8414 and OpenID
 * Connect Discovery, RFC 7517, RFC 6749, RFC 7662, RFC 7009) rather than read from the resources.
 */
final class StandardEndpoints {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String FORM = "application/x-www-form-urlencoded";

    private StandardEndpoints() {}

    static void addTo(ObjectNode document) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        schemas.set("OAuthError", object(Map.of("error", string(), "error_description", string()), "error"));
        ObjectNode key = object(
                Map.of(
                        "kty",
                        constant("EC"),
                        "crv",
                        constant("P-256"),
                        "x",
                        string(),
                        "y",
                        string(),
                        "kid",
                        string(),
                        "use",
                        constant("sig"),
                        "alg",
                        constant("ES256")),
                "kty",
                "crv",
                "x",
                "y",
                "kid",
                "use",
                "alg");
        key.put("additionalProperties", false);
        ObjectNode keySet =
                object(Map.of("keys", NODES.objectNode().put("type", "array").set("items", key)), "keys");
        schemas.set("JsonWebKeySet", keySet);
        schemas.set(
                "AuthorizationServerMetadata",
                object(
                        Map.ofEntries(
                                Map.entry("issuer", string()),
                                Map.entry("jwks_uri", string()),
                                Map.entry("token_endpoint", string()),
                                Map.entry("introspection_endpoint", string()),
                                Map.entry("revocation_endpoint", string()),
                                Map.entry("grant_types_supported", strings()),
                                Map.entry("response_types_supported", strings()),
                                Map.entry("token_endpoint_auth_methods_supported", strings()),
                                Map.entry("introspection_endpoint_auth_methods_supported", strings()),
                                Map.entry("revocation_endpoint_auth_methods_supported", strings()),
                                Map.entry("subject_types_supported", strings()),
                                Map.entry("id_token_signing_alg_values_supported", strings()),
                                Map.entry("token_endpoint_auth_signing_alg_values_supported", strings()),
                                Map.entry("claims_supported", strings())),
                        "issuer",
                        "jwks_uri",
                        "token_endpoint",
                        "introspection_endpoint",
                        "revocation_endpoint",
                        "grant_types_supported",
                        "response_types_supported",
                        "subject_types_supported",
                        "id_token_signing_alg_values_supported"));
        schemas.set(
                "TokenResponse",
                object(
                        Map.of(
                                "access_token",
                                string(),
                                "token_type",
                                constant("Bearer"),
                                "expires_in",
                                integer(),
                                "refresh_token",
                                string()),
                        "access_token",
                        "token_type",
                        "expires_in",
                        "refresh_token"));
        schemas.set(
                "Introspection",
                object(
                        Map.ofEntries(
                                Map.entry("active", NODES.objectNode().put("type", "boolean")),
                                Map.entry("sub", string()),
                                Map.entry("tid", integer()),
                                Map.entry("sid", string()),
                                Map.entry("client_id", string()),
                                Map.entry("username", string()),
                                Map.entry("scope", string()),
                                Map.entry("exp", integer()),
                                Map.entry("iat", integer()),
                                Map.entry("iss", string()),
                                Map.entry(
                                        "token_type",
                                        NODES.objectNode()
                                                .put("type", "string")
                                                .set(
                                                        "enum",
                                                        NODES.arrayNode()
                                                                .add("access_token")
                                                                .add("refresh_token")))),
                        "active"));
        ((ObjectNode) document.path("components").path("securitySchemes"))
                .set(
                        "client",
                        NODES.objectNode()
                                .put("type", "http")
                                .put("scheme", "basic")
                                .put("description", "a client app's client_id and secret (RFC 6749 section 2.3.1)"));

        ObjectNode paths = (ObjectNode) document.path("paths");
        String tenant = "/t/{tenant}";
        paths.set(
                tenant + "/jwks.json",
                NODES.objectNode()
                        .set(
                                "get",
                                read(
                                        "tenantKeySet",
                                        "Public keys of the tenant (JWKS)",
                                        "JsonWebKeySet",
                                        "the next, current and still trusted retired keys; cache up to 300 s")));
        paths.set(
                tenant + "/.well-known/openid-configuration",
                NODES.objectNode()
                        .set(
                                "get",
                                read(
                                        "openIdConfiguration",
                                        "Metadata of the tenant's issuer (OpenID Connect Discovery)",
                                        "AuthorizationServerMetadata",
                                        "the issuer and its endpoints")));
        paths.set(
                "/.well-known/oauth-authorization-server/t/{tenant}",
                NODES.objectNode()
                        .set(
                                "get",
                                read(
                                        "authorizationServerMetadata",
                                        "Metadata of the tenant's issuer (RFC 8414)",
                                        "AuthorizationServerMetadata",
                                        "the issuer and its endpoints")));
        paths.set(
                tenant + "/token",
                NODES.objectNode()
                        .set(
                                "post",
                                form(
                                        "token",
                                        "Tokens by a grant (RFC 6749)",
                                        Map.of(
                                                "grant_type",
                                                NODES.objectNode()
                                                        .put("type", "string")
                                                        .set(
                                                                "enum",
                                                                NODES.arrayNode()
                                                                        .add("password")
                                                                        .add("refresh_token")),
                                                "username",
                                                string(),
                                                "password",
                                                string(),
                                                "refresh_token",
                                                string(),
                                                "client_id",
                                                string(),
                                                "client_secret",
                                                string(),
                                                "scope",
                                                string()),
                                        List.of("grant_type"),
                                        "TokenResponse",
                                        "the tokens",
                                        false)));
        paths.set(
                tenant + "/introspect",
                NODES.objectNode()
                        .set(
                                "post",
                                form(
                                        "introspect",
                                        "Whether a token is good now (RFC 7662)",
                                        Map.of(
                                                "token",
                                                string(),
                                                "token_type_hint",
                                                string(),
                                                "client_id",
                                                string(),
                                                "client_secret",
                                                string()),
                                        List.of("token"),
                                        "Introspection",
                                        "{active:false}, or what the token says",
                                        true)));
        paths.set(
                tenant + "/revoke",
                NODES.objectNode()
                        .set(
                                "post",
                                form(
                                        "revoke",
                                        "End the session of a token (RFC 7009)",
                                        Map.of(
                                                "token",
                                                string(),
                                                "token_type_hint",
                                                string(),
                                                "client_id",
                                                string(),
                                                "client_secret",
                                                string()),
                                        List.of("token"),
                                        null,
                                        "revoked, or nothing to revoke",
                                        false)));
    }

    private static ObjectNode read(String id, String summary, String schema, String description) {
        ObjectNode operation = NODES.objectNode().put("operationId", id).put("summary", summary);
        operation.set("security", NODES.arrayNode());
        operation.set("parameters", NODES.arrayNode().add(tenantParameter()));
        ObjectNode responses = operation.putObject("responses");
        responses.set("200", answer(description, schema));
        failures(
                responses,
                Map.of(
                        "404",
                        "not_found: no such tenant, or it is closed",
                        "405",
                        "invalid_request",
                        "406",
                        "invalid_request",
                        "500",
                        "server_error",
                        "503",
                        "temporarily_unavailable: a store is down"));
        return operation;
    }

    private static ObjectNode form(
            String id,
            String summary,
            Map<String, ObjectNode> fields,
            List<String> required,
            String schema,
            String description,
            boolean clientRequired) {
        ObjectNode operation = NODES.objectNode().put("operationId", id).put("summary", summary);
        ArrayNode security = operation.putArray("security");
        security.addObject().putArray("client");
        if (!clientRequired) {
            // a public client names itself in the form, with no secret
            security.addObject();
        }
        operation.set("parameters", NODES.arrayNode().add(tenantParameter()));
        ObjectNode body = object(fields, required.toArray(String[]::new));
        operation
                .putObject("requestBody")
                .put("required", true)
                .putObject("content")
                .putObject(FORM)
                .set("schema", body);
        ObjectNode responses = operation.putObject("responses");
        responses.set(
                "200",
                schema == null ? NODES.objectNode().put("description", description) : answer(description, schema));
        failures(
                responses,
                Map.of(
                        "400",
                        "invalid_request, invalid_grant or unsupported_grant_type",
                        "401",
                        "invalid_client (with WWW-Authenticate: Basic)",
                        "404",
                        "not_found",
                        "405",
                        "invalid_request",
                        "406",
                        "invalid_request",
                        "408",
                        "invalid_request: the body did not arrive within 10 s",
                        "413",
                        "invalid_request: the body is too large",
                        "429",
                        "slow_down, with Retry-After",
                        "500",
                        "server_error",
                        "503",
                        "temporarily_unavailable: a store is down"));
        return operation;
    }

    private static void failures(ObjectNode responses, Map<String, String> failures) {
        new java.util.TreeMap<>(failures)
                .forEach((status, description) -> responses.set(status, answer(description, "OAuthError")));
    }

    private static ObjectNode answer(String description, String schema) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/" + schema);
        return response;
    }

    private static ObjectNode tenantParameter() {
        ObjectNode parameter = NODES.objectNode()
                .put("name", "tenant")
                .put("in", "path")
                .put("required", true)
                .put("description", "the tenant's id: its issuer is <GERBANG_PUBLIC_URL>/t/<tenant>");
        parameter.putObject("schema").put("type", "string").put("pattern", "^[1-9][0-9]{0,17}$");
        return parameter;
    }

    private static ObjectNode object(Map<String, ObjectNode> properties, String... required) {
        ObjectNode schema = NODES.objectNode().put("type", "object");
        ObjectNode props = schema.putObject("properties");
        new java.util.TreeMap<>(properties).forEach(props::set);
        if (required.length > 0) {
            ArrayNode names = schema.putArray("required");
            for (String name : required) {
                names.add(name);
            }
        }
        return schema;
    }

    private static ObjectNode string() {
        return NODES.objectNode().put("type", "string");
    }

    private static ObjectNode integer() {
        return NODES.objectNode().put("type", "integer");
    }

    private static ObjectNode strings() {
        return NODES.objectNode().put("type", "array").set("items", string());
    }

    private static ObjectNode constant(String value) {
        return NODES.objectNode().put("type", "string").put("const", value);
    }
}
