package io.gerbang.adapters.rest.http;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.tenant.TenantId;
import org.slf4j.MDC;

/**
 * What every log line written while a request runs carries (MDC): {@code request_id}, and {@code tenant_id} and
 * {@code user_id} once known. Set by the request filters on the thread that runs the request, cleared by the
 * server when the request is done with that thread.
 */
public final class LogContext {

    private static final String REQUEST_ID = "request_id";
    private static final String TENANT_ID = "tenant_id";
    private static final String USER_ID = "user_id";

    private LogContext() {}

    static void request(String requestId, TenantId tenant) {
        MDC.clear();
        MDC.put(REQUEST_ID, requestId);
        if (tenant != null) {
            MDC.put(TENANT_ID, String.valueOf(tenant.value()));
        }
    }

    public static void caller(Principal principal) {
        MDC.put(TENANT_ID, String.valueOf(principal.tenant().value()));
        MDC.put(USER_ID, String.valueOf(principal.user().value()));
    }

    public static void clear() {
        MDC.clear();
    }
}
