package io.gerbang.adapters.rest.issuer;

import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers of the standard endpoints in their RFCs' shape: no caching, and errors as
 * {@code {error, error_description}}.
 */
final class OAuthAnswers {

    private OAuthAnswers() {}

    static Response ok(Object body) {
        return Response.ok(body)
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache")
                .build();
    }

    static Response problem(int status, String error, String description) {
        Response.ResponseBuilder answer = Response.status(status)
                .entity(body(error, description))
                .header("Cache-Control", "no-store")
                .header("Pragma", "no-cache");
        if (status == 401) {
            answer.header("WWW-Authenticate", "Basic realm=\"gerbang\"");
        }
        return answer.build();
    }

    static Map<String, Object> body(String error, String description) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", error);
        if (description != null) {
            body.put("error_description", description);
        }
        return body;
    }
}
