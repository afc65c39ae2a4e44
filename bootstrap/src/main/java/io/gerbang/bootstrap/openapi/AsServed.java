package io.gerbang.bootstrap.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What swagger-core's reading of the resources leaves out and the server does, written into the document so
 * that every answer validates against it and a client generated from it types each field as it arrives:
 * <ul>
 *   <li>fields the server may answer as {@code null} say so (the answers' records leave out nothing: a
 *       field without a value is {@code null}, never absent), and the envelope's {@code data} is whatever
 *       the operation's answer says, also {@code null} on a failure;</li>
 *   <li>an answer of several shapes is {@code anyOf} (a login result and a second-factor challenge share no
 *       field that would tell {@code oneOf} which one it is);</li>
 *   <li>every status an operation can answer is listed, in the envelope;</li>
 *   <li>each operation has a summary, and the sign-in calls say that they need no security;</li>
 *   <li>the server is the one the document is served from.</li>
 * </ul>
 */
final class AsServed {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String ENVELOPE = "#/components/schemas/Envelope";
    /** Statuses any operation may answer beside its own success, with the contract's codes. */
    private static final Map<String, String> FAILURES = new java.util.LinkedHashMap<>();

    static {
        FAILURES.put("400", "BAD_REQUEST or VALIDATION_FAILED (errors names the fields)");
        FAILURES.put(
                "401",
                "INVALID_CREDENTIALS and the other sign-in refusals, or TOKEN_MISSING, TOKEN_INVALID, "
                        + "TOKEN_EXPIRED, SESSION_REVOKED (with WWW-Authenticate: Bearer)");
        FAILURES.put("403", "FORBIDDEN (a missing permission), ACCOUNT_INACTIVE, TENANT_FORBIDDEN or TENANT_MISMATCH");
        FAILURES.put("404", "NOT_FOUND");
        FAILURES.put("405", "METHOD_NOT_ALLOWED");
        FAILURES.put("406", "NOT_ACCEPTABLE: only JSON is answered");
        FAILURES.put("408", "REQUEST_TIMEOUT: the body did not arrive within 10 s");
        FAILURES.put("409", "CONFLICT");
        FAILURES.put("413", "PAYLOAD_TOO_LARGE");
        FAILURES.put("414", "URI_TOO_LONG");
        FAILURES.put("415", "UNSUPPORTED_MEDIA_TYPE: bodies are JSON");
        FAILURES.put("429", "TOO_MANY_REQUESTS, with Retry-After and meta.retry_after");
        FAILURES.put("431", "REQUEST_HEADER_FIELDS_TOO_LARGE");
        FAILURES.put("500", "INTERNAL_ERROR: no detail, the request id to quote");
        FAILURES.put("503", "UNAVAILABLE: a backing store is down, nothing was done");
    }

    private AsServed() {}

    static String finish(String generated, java.util.function.Predicate<String> needsBearer) {
        ObjectMapper json = new ObjectMapper();
        try {
            ObjectNode document = (ObjectNode) json.readTree(generated);
            document.set(
                    "servers",
                    NODES.arrayNode()
                            .add(NODES.objectNode()
                                    .put("url", "/")
                                    .put("description", "the server this document is served from")));
            ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> schema = it.next();
                if (!schema.getKey().endsWith("Request")) {
                    nullableProperties(schema.getValue());
                }
            }
            envelope((ObjectNode) schemas.path("Envelope"));
            attachments(schemas);
            ObjectNode paths = (ObjectNode) document.path("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> operation = ops.next();
                    finishOperation(
                            path.getKey(),
                            operation.getKey(),
                            (ObjectNode) operation.getValue(),
                            needsBearer.test(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey()));
                }
            }
            StandardEndpoints.addTo(document);
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(document);
        } catch (java.io.IOException impossible) {
            throw new IllegalStateException("swagger-core wrote a document that is not JSON", impossible);
        }
    }

    private static void finishOperation(String path, String method, ObjectNode operation, boolean bearer) {
        if (!operation.hasNonNull("summary")) {
            operation.put("summary", summaryOf(operation.path("operationId").asText(method + " " + path)));
        }
        if (!bearer) {
            operation.set("security", NODES.arrayNode());
        }
        ObjectNode responses = (ObjectNode) operation.path("responses");
        FAILURES.forEach((status, description) -> {
            if (!responses.has(status)) {
                responses.set(status, enveloped(description));
            }
        });
        responses.fields().forEachRemaining(response -> oneOfToAnyOf(response.getValue()));
    }

    /** {@code changePassword} → "Change password". */
    private static String summaryOf(String operationId) {
        String words = operationId
                .replaceAll("_\\d+$", "")
                .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                .toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static ObjectNode enveloped(String description) {
        ObjectNode response = NODES.objectNode().put("description", description);
        response.putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", ENVELOPE);
        return response;
    }

    private static void oneOfToAnyOf(JsonNode node) {
        if (node instanceof ObjectNode object) {
            JsonNode oneOf = object.remove("oneOf");
            if (oneOf != null) {
                object.set("anyOf", oneOf);
            }
            object.elements().forEachRemaining(AsServed::oneOfToAnyOf);
        } else if (node instanceof ArrayNode array) {
            array.elements().forEachRemaining(AsServed::oneOfToAnyOf);
        }
    }

    /** Each property of an answer's schema may be {@code null}. */
    /** A message's attachments: each a string or an object, as it was given. */
    private static void attachments(ObjectNode schemas) {
        schemas.forEach(schema -> {
            if (schema.path("properties").path("attachments") instanceof ObjectNode list) {
                list.set(
                        "items",
                        NODES.objectNode()
                                .set(
                                        "oneOf",
                                        NODES.arrayNode()
                                                .add(NODES.objectNode().put("type", "string"))
                                                .add(NODES.objectNode().put("type", "object"))));
            }
        });
    }

    private static void nullableProperties(JsonNode schema) {
        if (!(schema.path("properties") instanceof ObjectNode properties)) {
            return;
        }
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            properties.set(name, orNull(properties.get(name)));
        }
    }

    private static JsonNode orNull(JsonNode property) {
        if (!(property instanceof ObjectNode schema)) {
            return property;
        }
        JsonNode type = schema.get("type");
        if (type != null && type.isTextual()) {
            schema.set("type", NODES.arrayNode().add(type.asText()).add("null"));
            return schema;
        }
        if (type instanceof ArrayNode types) {
            boolean hasNull = false;
            for (JsonNode each : types) {
                hasNull |= "null".equals(each.asText());
            }
            if (!hasNull) {
                types.add("null");
            }
            return schema;
        }
        ObjectNode either = NODES.objectNode();
        either.putArray("anyOf").add(schema).add(NODES.objectNode().put("type", "null"));
        return either;
    }

    /** The envelope: {@code success}, {@code message} and {@code meta} always; {@code data} as each answer says. */
    private static void envelope(ObjectNode envelope) {
        ObjectNode properties = (ObjectNode) envelope.path("properties");
        properties.set("success", NODES.objectNode().put("type", "boolean"));
        properties.set("message", NODES.objectNode().put("type", "string"));
        properties.set("meta", NODES.objectNode().put("$ref", "#/components/schemas/Meta"));
        properties.set(
                "data",
                NODES.objectNode().put("description", "the answer: its shape is the operation's; null on a failure"));
        envelope.putArray("required").add("success").add("message").add("data").add("meta");
    }
}
