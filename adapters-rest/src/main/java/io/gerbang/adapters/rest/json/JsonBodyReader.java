package io.gerbang.adapters.rest.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.error.InvalidRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads request DTOs (records of the {@code dto} package) from JSON, and only from JSON: every other body
 * is a 400 with the contract's code, never a 415 or a 500. An empty body reads as null.
 */
@Consumes(MediaType.WILDCARD)
public class JsonBodyReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;

    public JsonBodyReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return (type.isRecord()
                        && (type.getPackageName().startsWith("io.gerbang.adapters.rest.dto")
                                || type.getPackageName().startsWith("io.gerbang.adapters.rest.dialect")))
                || type == JsonNode.class;
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        PushbackInputStream body = new PushbackInputStream(new BoundedInputStream(entity, Json.MAX_BODY_BYTES), 1);
        int first = body.read();
        if (first < 0) {
            return null;
        }
        body.unread(first);
        if (!isJson(mediaType)) {
            throw InvalidRequest.wrongContentType();
        }
        try {
            if (JsonNode.class.equals(type)) {
                // for PATCH, where a field sent as null differs from a field not sent
                JsonNode tree = mapper.readTree(body);
                refuseIllFormed(tree, "");
                return tree;
            }
            return mapper.readValue(body, type);
        } catch (JacksonException problem) {
            if (problem.getCause() instanceof InvalidRequest tooLarge) {
                throw tooLarge;
            }
            String field = problem instanceof MismatchedInputException wrongType ? fieldOf(wrongType) : "";
            if (field.isEmpty()) {
                throw InvalidRequest.notJson();
            }
            // A string of the right type whose content we refuse (a NUL, a lone surrogate) is invalid, not mistyped.
            boolean badContent = problem instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException format
                    && format.getValue() instanceof String;
            throw InvalidRequest.validation(
                    new FieldErrors().add(field, badContent ? FieldErrors.INVALID : FieldErrors.WRONG_TYPE));
        }
    }

    private static void refuseIllFormed(JsonNode node, String field) {
        if (node.isTextual() && !io.gerbang.domain.shared.Text.isWellFormed(node.textValue())) {
            throw InvalidRequest.validation(new FieldErrors().add(field, FieldErrors.INVALID));
        }
        node.fields().forEachRemaining(child -> refuseIllFormed(child.getValue(), child.getKey()));
        if (node.isArray()) {
            node.forEach(element -> refuseIllFormed(element, field));
        }
    }

    private static boolean isJson(MediaType mediaType) {
        return mediaType != null
                && ("json".equalsIgnoreCase(mediaType.getSubtype())
                        || mediaType
                                .getSubtype()
                                .toLowerCase(java.util.Locale.ROOT)
                                .endsWith("+json"));
    }

    private static String fieldOf(JsonMappingException problem) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : problem.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }
}
