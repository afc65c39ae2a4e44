package io.gerbang.adapters.rest.auth;

import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.http.LogContext;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.NoAccessToken;
import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.PresentedToken;
import jakarta.ws.rs.container.ContainerRequestContext;

/** Who is calling: proven from the Authorization header, then held on the request. */
public final class Callers {

    private static final String PROPERTY = "gerbang.principal";

    private Callers() {}

    /** Authenticates the bearer token and checks X-Tenant-ID against the token's tenant. */
    public static Principal authenticate(ContainerRequestContext request, Authenticate authenticate) {
        RequestInfo info = RequestInfo.of(request);
        Principal principal = authenticate.authenticate(
                new PresentedToken(bearerToken(request)), info.clientOrNative().id());
        if (info.tenantHeader() != null && !info.tenantHeader().equals(principal.tenant())) {
            throw InvalidRequest.tenantMismatch();
        }
        request.setProperty(PROPERTY, principal);
        LogContext.caller(principal);
        return principal;
    }

    public static Principal of(ContainerRequestContext request) {
        Object principal = request.getProperty(PROPERTY);
        if (!(principal instanceof Principal known)) {
            throw new NoAccessToken();
        }
        return known;
    }

    public static boolean hasBearer(ContainerRequestContext request) {
        return bearerToken(request) != null;
    }

    static String bearerToken(ContainerRequestContext request) {
        return PresentedToken.fromAuthorization(request.getHeaderString("Authorization"), false);
    }
}
