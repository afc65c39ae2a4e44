package io.gerbang.adapters.rest.envelope;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/** {@code APIResponse<T>}: the one shape of every answer. {@code code} and {@code error} appear on failures only. */
@JsonPropertyOrder({"success", "message", "code", "error", "data", "errors", "meta"})
public record Envelope(
        boolean success,
        String message,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @JsonInclude(JsonInclude.Include.NON_NULL) String error,
        Object data,
        Map<String, List<String>> errors,
        Meta meta) {

    /** {@code retry_after} (seconds) only on a {@code 429}, beside the {@code Retry-After} header. */
    public record Meta(
            String requestId,
            String timestamp,
            Pagination pagination,
            @JsonInclude(JsonInclude.Include.NON_NULL) Long retryAfter) {}

    public record Pagination(String nextCursor, String prevCursor, boolean hasNext, boolean hasPrev, int limit) {}
}
