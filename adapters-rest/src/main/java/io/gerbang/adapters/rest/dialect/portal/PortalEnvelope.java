package io.gerbang.adapters.rest.dialect.portal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.gerbang.adapters.rest.envelope.Envelope;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/** {@code APIResponse<T>} as portal front ends type it: the envelope without {@code meta.pagination}. */
@JsonPropertyOrder({"success", "message", "code", "error", "data", "errors", "meta"})
public record PortalEnvelope(
        boolean success,
        String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error,
        Object data,
        Map<String, List<String>> errors,
        Meta meta) {

    public record Meta(
            String requestId,
            String timestamp,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfter) {}

    static Response ok(RequestInfo info, String messageKey, Object data) {
        return Response.ok(new PortalEnvelope(
                        true,
                        Messages.text(Messages.Language.EN, messageKey),
                        null,
                        null,
                        data,
                        null,
                        new Meta(
                                info.requestId(),
                                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                                null)))
                .build();
    }

    /** A failure envelope in the portal's shape. */
    public static PortalEnvelope of(Envelope failure) {
        return new PortalEnvelope(
                failure.success(),
                failure.message(),
                failure.code(),
                failure.error(),
                null,
                failure.errors(),
                new Meta(
                        failure.meta().requestId(),
                        failure.meta().timestamp(),
                        failure.meta().retryAfter()));
    }
}
