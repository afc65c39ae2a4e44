package io.gerbang.adapters.rest.error;

import io.gerbang.application.port.in.Refusal;

/** The contract's HTTP status for each refusal. */
public final class Statuses {

    private Statuses() {
    }

    public static int of(Refusal refusal) {
        return switch (refusal) {
            case BAD_REQUEST, VALIDATION_FAILED -> 400;
            case INVALID_CREDENTIALS, TOKEN_MISSING, TOKEN_INVALID, TOKEN_EXPIRED, SESSION_REVOKED,
                 REFRESH_TOKEN_INVALID, REFRESH_TOKEN_REUSED, MFA_CODE_INVALID -> 401;
            case ACCOUNT_INACTIVE, TENANT_FORBIDDEN, TENANT_MISMATCH, FORBIDDEN, NO_ACCESS, NO_PERMISSION -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case TOO_MANY_REQUESTS -> 429;
            case UNAVAILABLE -> 503;
        };
    }
}
