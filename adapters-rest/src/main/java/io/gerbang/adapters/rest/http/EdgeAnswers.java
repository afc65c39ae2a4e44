package io.gerbang.adapters.rest.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.error.InvalidRequest;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The envelope for answers the server gives before Jersey sees a request (a body that never arrived, say),
 * so that those too carry the contract's shape, code and {@code X-Request-ID}.
 */
public final class EdgeAnswers {

    private final ObjectMapper mapper;

    public EdgeAnswers(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The client's request id if it is sane, else a new one. */
    public static String requestId(String clientId) {
        return RequestContextFilter.requestIdFor(clientId);
    }

    /** The JSON envelope refusing a request as {@code refused} says, in the client's language. */
    public byte[] envelope(InvalidRequest refused, String requestId, String acceptLanguage) {
        RequestInfo info = new RequestInfo(
                requestId, RequestContextFilter.languageOf(acceptLanguage), null, null, RequestInfo.Door.OTHER);
        try {
            return mapper.writeValueAsString(
                            Envelopes.failure(info, refused.status(), refused.code(), refused.messageKey(), null))
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }
}
