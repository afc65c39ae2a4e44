package io.gerbang.adapters.rest.dialect;

import io.gerbang.adapters.rest.dialect.portal.PortalEnvelope;
import io.gerbang.adapters.rest.envelope.Envelope;
import io.gerbang.adapters.rest.http.RequestInfo;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure in the shape of the dialect the request came to: the same status and code as the native envelope
 * (and the same headers: {@code Retry-After}, {@code WWW-Authenticate}), in the body its clients read.
 * <ul>
 * <li>{@code connector}: {@code {"detail": words, "code"}}, and a request that fails validation is FastAPI's
 * {@code 422 {"detail": [{"loc": ["body", field], "msg", "type": "value_error"}], "code"}};</li>
 * <li>{@code campus}: {@code {"error": words, "code"}};</li>
 * <li>{@code portal}: the envelope without {@code meta.pagination}.</li>
 * </ul>
 */
public final class DialectErrors {

    private DialectErrors() {
    }

    public static Response reshape(RequestInfo info, Response native_) {
        if (!(native_.getEntity() instanceof Envelope failure)) {
            return native_;
        }
        return switch (info.dialect()) {
            case NATIVE -> native_;
            case PORTAL -> Response.fromResponse(native_).entity(PortalEnvelope.of(failure)).build();
            case CAMPUS -> Response.fromResponse(native_).entity(body("error", failure.error(), failure.code()))
                    .build();
            case CONNECTOR -> native_.getStatus() == 400
                    ? Response.fromResponse(native_).status(422).entity(body("detail", validation(failure),
                    "VALIDATION_FAILED")).build()
                    : Response.fromResponse(native_).entity(body("detail", failure.error(), failure.code())).build();
        };
    }

    private static Map<String, Object> body(String wordsField, Object words, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put(wordsField, words);
        body.put("code", code);
        return body;
    }

    /** FastAPI's list of what failed: one entry a field problem, or one for the body as a whole. */
    private static List<Map<String, Object>> validation(Envelope failure) {
        List<Map<String, Object>> detail = new ArrayList<>();
        if (failure.errors() != null) {
            failure.errors().forEach((field, problems) -> problems.forEach(problem ->
                    detail.add(entry(List.of("body", field), field + " " + problem))));
        }
        if (detail.isEmpty()) {
            detail.add(entry(List.of("body"), failure.error()));
        }
        return detail;
    }

    private static Map<String, Object> entry(List<String> location, String words) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("loc", location);
        entry.put("msg", words);
        entry.put("type", "value_error");
        return entry;
    }
}
