package io.gerbang.adapters.rest.http;

import io.gerbang.adapters.rest.error.Messages.Language;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.Dialect;
import io.gerbang.domain.tenant.TenantId;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * What the edge learned about a request before any resource ran: its id, the language to answer in,
 * the tenant it names (null: none named), the client's address, and which door it came to (the sign-in and
 * refresh calls word their failures' summaries as their clients match on them: {@code Envelopes}).
 */
public record RequestInfo(
        String requestId,
        Language language,
        TenantId tenantHeader,
        String clientIp,
        Door door,
        ClientApp client,
        Dialect dialect) {

    /**
     * @param client  the client app of the path ({@code /clients/{id}/}), the built-in one for {@code /api/v1};
     *                null for a client path that names no client
     * @param dialect the shape answers take: the client's, or, for a client path naming none, the one its path
     *                looks like
     */
    public RequestInfo {
        dialect = dialect == null ? Dialect.NATIVE : dialect;
    }

    public RequestInfo(String requestId, Language language, TenantId tenantHeader, String clientIp, Door door) {
        this(requestId, language, tenantHeader, clientIp, door, ClientApp.BUILT_IN, Dialect.NATIVE);
    }

    /** The client app of the request; the built-in one where the path names none. */
    public ClientApp clientOrNative() {
        return client == null ? ClientApp.BUILT_IN : client;
    }

    /** The calls whose failures have a summary of their own. */
    public enum Door {
        SIGN_IN,
        REFRESH,
        OTHER;

        /** The door of a request path ({@code /api/v1/auth/login}, ...). */
        public static Door of(String path) {
            if (path == null) {
                return OTHER;
            }
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            if (trimmed.endsWith("/auth/login")
                    || trimmed.endsWith("/auth/login-email")
                    || trimmed.endsWith("/auth/login-2fa")) {
                return SIGN_IN;
            }
            return trimmed.endsWith("/auth/refresh") ? REFRESH : OTHER;
        }
    }

    static final String PROPERTY = "gerbang.request";
    /** Set by the server (bootstrap) from the connection, before Jersey sees the request. */
    public static final String CLIENT_IP_PROPERTY = "gerbang.client-ip";

    public static RequestInfo of(ContainerRequestContext request) {
        Object info = request.getProperty(PROPERTY);
        return info instanceof RequestInfo known
                ? known
                : new RequestInfo("unknown", Language.EN, null, null, Door.OTHER);
    }

    public TenantId tenantOrDefault() {
        return tenantHeader == null ? TenantId.DEFAULT : tenantHeader;
    }
}
