package io.gerbang.adapters.rest.http;

import io.gerbang.adapters.rest.envelope.Envelopes;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

/** Answers CORS preflights itself: 204 with the allowances for an allowed origin, 403 for any other. */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 50)
public class CorsPreflightFilter implements ContainerRequestFilter {

    static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    static final String ALLOWED_HEADERS =
            "Authorization, Content-Type, Accept, Accept-Language, X-Tenant-ID, X-Request-ID";

    private final Cors cors;

    public CorsPreflightFilter(Cors cors) {
        this.cors = cors;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"OPTIONS".equals(request.getMethod())
                || request.getHeaderString("Access-Control-Request-Method") == null) {
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (!cors.allows(origin, RequestInfo.of(request))) {
            request.abortWith(Response.status(403)
                    .entity(Envelopes.failure(RequestInfo.of(request), 403, "FORBIDDEN", "error.FORBIDDEN", null))
                    .build());
            return;
        }
        request.abortWith(Response.noContent()
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", "600")
                .build());
    }
}
