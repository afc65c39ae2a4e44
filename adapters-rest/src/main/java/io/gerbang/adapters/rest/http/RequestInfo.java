package io.gerbang.adapters.rest.http;

import io.gerbang.adapters.rest.error.Messages.Language;
import io.gerbang.domain.tenant.TenantId;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the edge learned about a request before any resource ran: its id, the language to answer in,
 * the tenant it names (null: none named) and the client's address.
 */
public record RequestInfo(String requestId, Language language, TenantId tenantHeader, String clientIp) {

    static final String PROPERTY = "gerbang.request";
    /** Set by the server (bootstrap) from the connection, before Jersey sees the request. */
    public static final String CLIENT_IP_PROPERTY = "gerbang.client-ip";

    public static RequestInfo of(ContainerRequestContext request) {
        Object info = request.getProperty(PROPERTY);
        return info instanceof RequestInfo known ? known : new RequestInfo("unknown", Language.EN, null, null);
    }

    public TenantId tenantOrDefault() {
        return tenantHeader == null ? TenantId.DEFAULT : tenantHeader;
    }
}
