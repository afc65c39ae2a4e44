package io.gerbang.bootstrap.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Whether an answer the server gave is one its {@code /openapi.json} describes: the path and method are
 * documented, the status is listed for that operation, and the JSON body validates against the schema of that
 * status (JSON Schema 2020-12, OpenAPI 3.1's dialect, by networknt's validator). The specs put every answer
 * they see through it, so the document cannot drift from what the server does.
 */
public final class OpenApiConformance {

    private static final String BASE = "https://gerbang.test/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final JsonSchemaFactory factory;
    private final List<Template> templates = new ArrayList<>();
    private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

    private record Template(String path, Pattern pattern) {}

    private OpenApiConformance(String text) throws java.io.IOException {
        this.document = JSON.readTree(text);
        this.factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
        for (Iterator<String> paths = document.path("paths").fieldNames(); paths.hasNext(); ) {
            String path = paths.next();
            String regex = "\\Q" + path.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            templates.add(new Template(path, Pattern.compile(regex)));
        }
        // a literal path wins over a template that also matches it (/users/me before /users/{id})
        templates.sort((a, b) -> Long.compare(
                a.path().chars().filter(c -> c == '{').count(),
                b.path().chars().filter(c -> c == '{').count()));
    }

    public static OpenApiConformance of(String documentText) {
        try {
            return new OpenApiConformance(documentText);
        } catch (java.io.IOException notJson) {
            throw new IllegalArgumentException("/openapi.json is not JSON", notJson);
        }
    }

    /**
     * Whether an answer at this path is one the document must describe: every answer of the REST API and of the
     * tenants' standard endpoints.
     */
    public boolean covers(String path) {
        return path.startsWith("/api/v1/") || path.startsWith("/t/") || path.startsWith("/.well-known/");
    }

    /**
     * What is wrong with one answer, in words; empty when the document describes it. A CORS preflight
     * ({@code OPTIONS}) is the browser's, not an operation, and is not checked; a path or method the API does
     * not have must be refused (404, 405, or 414 for a path too long) in the envelope.
     */
    public List<String> problems(String method, String path, int status, String body) {
        String operation = method + " " + path + " -> " + status;
        if ("OPTIONS".equals(method)) {
            return List.of();
        }
        Template template = templates.stream()
                .filter(candidate -> candidate.pattern().matcher(path).matches())
                .findFirst()
                .orElse(null);
        String verb = method.toLowerCase(java.util.Locale.ROOT);
        JsonNode responses = template == null
                ? null
                : document.path("paths").path(template.path()).path(verb).path("responses");
        if (responses == null || responses.isMissingNode()) {
            if (status != 404 && status != 405 && status != 414) {
                return List.of(operation + ": no such operation in the document, yet not refused as one");
            }
            return validate(
                    operation,
                    path.startsWith("/api/v1/") ? "/components/schemas/Envelope" : "/components/schemas/OAuthError",
                    body);
        }
        String code = Integer.toString(status);
        if (!responses.has(code)) {
            return List.of(operation + ": status " + status + " is not listed for " + method + " " + template.path());
        }
        JsonNode content = responses.path(code).path("content").path("application/json");
        if (content.isMissingNode() || body == null || body.isEmpty()) {
            return content.isMissingNode() == (body == null || body.isEmpty())
                    ? List.of()
                    : List.of(operation + ": a body where the document has none, or none where it has one");
        }
        return validate(
                operation,
                "/paths/" + escape(template.path()) + "/" + verb + "/responses/" + code
                        + "/content/application~1json/schema",
                body);
    }

    private List<String> validate(String operation, String pointer, String body) {
        JsonNode instance;
        try {
            instance = JSON.readTree(body);
        } catch (java.io.IOException notJson) {
            return List.of(operation + ": the body is not JSON");
        }
        JsonSchema schema =
                schemas.computeIfAbsent(pointer, key -> factory.getSchema(SchemaLocation.of(BASE + "#" + key)));
        Set<ValidationMessage> messages = schema.validate(instance);
        return messages.stream()
                .map(message -> operation + ": " + message.getMessage())
                .sorted()
                .toList();
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
