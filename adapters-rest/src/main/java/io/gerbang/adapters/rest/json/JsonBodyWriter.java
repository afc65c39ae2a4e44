package io.gerbang.adapters.rest.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.rest.envelope.Envelope;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes answers as JSON, UTF-8: the envelope, and the bare answers of the dialects (their records, the native
 * records they answer bare, and their error bodies).
 */
@Produces(MediaType.WILDCARD)
public class JsonBodyWriter implements MessageBodyWriter<Object> {

    private static final String REST = "io.gerbang.adapters.rest.";

    private final ObjectMapper mapper;

    public JsonBodyWriter(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Envelope.class.isAssignableFrom(type)
                || java.util.Map.class.isAssignableFrom(type)
                || type.isRecord()
                        && (type.getName().startsWith(REST + "dialect.")
                                || type.getName().startsWith(REST + "dto."));
    }

    @Override
    public void writeTo(
            Object envelope,
            Class<?> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, Object> headers,
            OutputStream out)
            throws IOException {
        headers.putSingle("Content-Type", "application/json; charset=UTF-8");
        mapper.writeValue(out, envelope);
    }
}
