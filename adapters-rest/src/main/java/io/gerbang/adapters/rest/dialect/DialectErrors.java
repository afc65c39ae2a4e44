package io.gerbang.adapters.rest.dialect;

import io.gerbang.adapters.rest.dialect.portal.PortalEnvelope;
import io.gerbang.adapters.rest.envelope.Envelope;
import io.gerbang.adapters.rest.http.RequestInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every failure in the shape of the dialect the request came to, whoever answered it (a resource's refusal mapped
 * by {@code ErrorMapper}, a filter's abort, Jersey's own 404): the same status and code as the native envelope
 * (and the same headers: {@code Retry-After}, {@code WWW-Authenticate}), in the body its clients read.
 * <ul>
 * <li>{@code connector}: {@code {"detail": words, "code"}}, and a request that fails validation is FastAPI's
 * {@code 422 {"detail": [{"loc": ["body", field], "msg", "type": "value_error"}], "code"}};</li>
 * <li>{@code campus}: {@code {"error": words, "code"}};</li>
 * <li>{@code portal}: the envelope without {@code meta.pagination}.</li>
 * </ul>
 */
public final class DialectErrors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestInfo info = RequestInfo.of(request);
        if (!(response.getEntity() instanceof Envelope failure) || failure.success()) {
            return;
        }
        switch (info.dialect()) {
            case NATIVE -> {}
            case PORTAL -> response.setEntity(PortalEnvelope.of(failure));
            case CAMPUS -> response.setEntity(body("error", failure.error(), failure.code()));
            case CONNECTOR -> {
                if (response.getStatus() == 400) {
                    response.setStatus(422);
                    response.setEntity(body("detail", validation(failure), "VALIDATION_FAILED"));
                } else {
                    response.setEntity(body("detail", failure.error(), failure.code()));
                }
            }
        }
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
            failure.errors()
                    .forEach((field, problems) -> problems.forEach(
                            problem -> detail.add(entry(List.of("body", field), field + " " + problem))));
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
