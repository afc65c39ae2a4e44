package io.gerbang.application.port.in;

/** Why a use case refused a request. Inbound adapters turn each into the contract's status and code. */
public enum Refusal {
    BAD_REQUEST,
    VALIDATION_FAILED,
    INVALID_CREDENTIALS,
    TOKEN_MISSING,
    TOKEN_INVALID,
    TOKEN_EXPIRED,
    SESSION_REVOKED,
    REFRESH_TOKEN_INVALID,
    REFRESH_TOKEN_REUSED,
    MFA_CODE_INVALID,
    ACCOUNT_INACTIVE,
    TENANT_FORBIDDEN,
    TENANT_MISMATCH,
    FORBIDDEN,
    /** Not a member of the task (or no such task the caller may know of). */
    NO_ACCESS,
    /** A member who may not comment tried to post. */
    NO_PERMISSION,
    NOT_FOUND,
    CONFLICT,
    TOO_MANY_REQUESTS,
    UNAVAILABLE
}
