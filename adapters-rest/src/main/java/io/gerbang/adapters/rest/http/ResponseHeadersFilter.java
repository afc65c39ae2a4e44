package io.gerbang.adapters.rest.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MultivaluedMap;

/** On every answer, errors included: X-Request-ID, CORS for allowed origins, and no caching of tokens. */
public class ResponseHeadersFilter implements ContainerResponseFilter {

    private final Cors cors;

    public ResponseHeadersFilter(Cors cors) {
        this.cors = cors;
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle("X-Request-ID", RequestInfo.of(request).requestId());
        if (!headers.containsKey("Cache-Control") || response.getStatus() >= 300) {
            // nothing is cached unless a resource says so for a success (a tenant's published keys)
            headers.putSingle("Cache-Control", "no-store");
        }
        headers.putSingle("X-Content-Type-Options", "nosniff");
        String origin = request.getHeaderString("Origin");
        if (cors.allows(origin, RequestInfo.of(request))) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Access-Control-Expose-Headers", "X-Request-ID, Retry-After");
        }
        headers.add("Vary", "Origin");
    }
}
