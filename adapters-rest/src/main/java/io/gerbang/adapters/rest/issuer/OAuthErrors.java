package io.gerbang.adapters.rest.issuer;

import io.gerbang.adapters.rest.envelope.Envelope;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.util.Set;

/**
 * Every failure at a tenant's standard endpoints ({@code /t/{tenant}/...} and {@code /.well-known/...}) in their RFCs'
 * shape, whoever answered it (a use case's refusal mapped by {@code ErrorMapper}, Jersey's 404 or 415): RFC 6749
 * section 5.2's {@code {error, error_description}}, with the error word for the contract's code. A refused sign-in or
 * refresh is {@code 400 invalid_grant}; an unknown client {@code 401 invalid_client} with {@code WWW-Authenticate};
 * a malformed request {@code 400 invalid_request}. Limits keep their {@code 429} and {@code Retry-After}.
 */
public final class OAuthErrors implements ContainerResponseFilter {

    private static final Set<String> GRANT_REFUSED = Set.of(
            "INVALID_CREDENTIALS",
            "ACCOUNT_INACTIVE",
            "TENANT_FORBIDDEN",
            "REFRESH_TOKEN_INVALID",
            "REFRESH_TOKEN_REUSED",
            "MFA_CODE_INVALID",
            "TOKEN_INVALID",
            "TOKEN_EXPIRED",
            "SESSION_REVOKED",
            "CONFLICT");

    /** Whether a request path is one of the standard endpoints'. */
    public static boolean standard(String path) {
        return path.startsWith("t/")
                || path.startsWith("/t/")
                || path.startsWith(".well-known/")
                || path.startsWith("/.well-known/");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(response.getEntity() instanceof Envelope failure)
                || failure.success()
                || !standard(request.getUriInfo().getPath())) {
            return;
        }
        String code = failure.code();
        int status = response.getStatus();
        String error;
        if ("INVALID_CLIENT".equals(code)) {
            error = "invalid_client";
        } else if (GRANT_REFUSED.contains(code)) {
            error = "invalid_grant";
            status = 400;
        } else if (status == 404) {
            error = "not_found";
        } else if (status == 429) {
            error = "slow_down";
        } else if (status == 503) {
            error = "temporarily_unavailable";
        } else if (status >= 500) {
            error = "server_error";
        } else {
            error = "invalid_request";
            status = status == 405 ? 405 : 400;
        }
        response.setStatus(status);
        response.getHeaders().putSingle("Cache-Control", "no-store");
        if (status == 401) {
            response.getHeaders().putSingle("WWW-Authenticate", "Basic realm=\"gerbang\"");
        } else {
            response.getHeaders().remove("WWW-Authenticate");
        }
        boolean notAForm = "POST".equals(request.getMethod())
                && (request.getMediaType() == null
                        || !request.getMediaType()
                                .isCompatible(jakarta.ws.rs.core.MediaType.APPLICATION_FORM_URLENCODED_TYPE));
        response.setEntity(OAuthAnswers.body(
                error,
                notAForm && "invalid_request".equals(error)
                        ? "the body must be application/x-www-form-urlencoded"
                        : failure.error()));
    }
}
