package io.gerbang.bootstrap.openapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.rest.envelope.Envelope;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.Reader;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code GET /openapi.json}: an OpenAPI 3.1 document of every {@code /api/v1} endpoint, generated from the Jersey
 * resources by swagger-core (paths, methods, parameters, request bodies in the API's snake_case), with what the
 * annotations do not say added here: the envelope every answer comes in, each answer's data, and Bearer
 * security on the endpoints that need a caller; then {@link AsServed} writes in what the server answers besides
 * (nulls, every status, summaries, the server).
 */
public final class OpenApiDocument {

    static final String API = "/api/v1";
    private static final String ENVELOPE = "#/components/schemas/Envelope";

    private static boolean resolverAdded;

    private OpenApiDocument() {}

    public static String json(ObjectMapper apiMapper, Collection<Class<?>> resources) {
        useApiNames(apiMapper);
        OpenAPI base = new OpenAPI()
                .info(new Info()
                        .title("Gerbang")
                        .version("1")
                        .description("Sign-in, sessions, roles and scoping, and the task rooms. Every answer comes in "
                                + "the envelope: {success, message, code, error, data, errors, meta}."))
                .components(new Components()
                        .addSecuritySchemes(
                                "bearer",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")
                                        .bearerFormat("JWT")));
        SwaggerConfiguration configuration =
                new SwaggerConfiguration().openAPI(base).openAPI31(true).readAllResources(true);
        Reader reader = new Reader(configuration);
        OpenAPI api = reader.read(Set.copyOf(resources));
        api.getPaths().keySet().removeIf(path -> !path.startsWith(API));
        api.getComponents()
                .getSchemas()
                .putAll(ModelConverters.getInstance(true).readAll(Envelope.class));
        List<Endpoints.Endpoint> endpoints = Endpoints.of(resources);
        Components components = api.getComponents();
        api.getPaths()
                .forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                    SuccessSchemas.Answer answer = SuccessSchemas.of(method.name(), path)
                            .orElseThrow(() -> new IllegalStateException("no answer described for " + method + " "
                                    + path + " (bootstrap/openapi/SuccessSchemas)"));
                    describe(operation, answer.status(), success(answer, components), bearer(endpoints, path, method));
                }));
        return AsServed.finish(
                Json31.pretty(api),
                operation -> endpoints.stream()
                        .anyMatch(endpoint -> endpoint.bearer()
                                && operation.equals(
                                        endpoint.method().toUpperCase(Locale.ROOT) + " " + endpoint.path())));
    }

    /** The success answer of an endpoint: the envelope with its {@code data} (SuccessSchemas), the schemas added. */
    private static ApiResponse success(SuccessSchemas.Answer answer, Components components) {
        List<Schema> shapes = answer.shapes().stream()
                .map(shape -> {
                    ResolvedSchema resolved = ModelConverters.getInstance(true).readAllAsResolvedSchema(shape.type());
                    resolved.referencedSchemas.forEach((name, schema) -> {
                        if (!name.equals(shape.type().getSimpleName())) {
                            components.addSchemas(name, schema);
                        }
                    });
                    components.addSchemas(shape.name(), resolved.schema);
                    return (Schema) new Schema<>().$ref("#/components/schemas/" + shape.name());
                })
                .toList();
        Schema data = shapes.size() == 1 ? shapes.get(0) : new Schema<>().oneOf(shapes);
        if (answer.list()) {
            data = new ArraySchema().items(data);
        }
        String words = answer.shapes().stream()
                .map(SuccessSchemas.Shape::name)
                .reduce((a, b) -> a + " or " + b)
                .orElseThrow();
        return new ApiResponse()
                .description((answer.status() == 201 ? "Created" : "Done") + ": data holds "
                        + (answer.list() ? "a list of " + words : words)
                        + (answer.paged() ? "; meta.pagination holds the cursors (?limit=, ?cursor=)" : ""))
                .content(new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType()
                                        .schema(new Schema<>()
                                                .allOf(List.of(
                                                        new Schema<>().$ref(ENVELOPE),
                                                        new Schema<>().addProperty("data", data))))));
    }

    private static boolean bearer(List<Endpoints.Endpoint> endpoints, String path, PathItem.HttpMethod method) {
        return endpoints.stream()
                .anyMatch(endpoint -> endpoint.bearer()
                        && endpoint.path().equals(path)
                        && endpoint.method().equalsIgnoreCase(method.name()));
    }

    private static void describe(Operation operation, int status, ApiResponse success, boolean bearer) {
        if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
            // every body is JSON (the resources read any type and refuse what is not JSON)
            Content content = operation.getRequestBody().getContent();
            MediaType any = content.remove("*/*");
            if (any != null) {
                content.addMediaType("application/json", any);
            }
        }
        // the failures every operation may answer are listed by AsServed, with the rest of what it serves
        ApiResponses responses = new ApiResponses();
        responses.addApiResponse(Integer.toString(status), success);
        if (bearer) {
            operation.addSecurityItem(new SecurityRequirement().addList("bearer"));
        }
        operation.setResponses(responses);
    }

    /** Schemas with the names the API uses on the wire (snake_case), from the API's own ObjectMapper. */
    private static synchronized void useApiNames(ObjectMapper apiMapper) {
        if (!resolverAdded) {
            ModelConverters.getInstance(true).addConverter(new ModelResolver(apiMapper));
            resolverAdded = true;
        }
    }
}
