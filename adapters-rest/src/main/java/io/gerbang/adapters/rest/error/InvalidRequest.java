package io.gerbang.adapters.rest.error;

/** A request the adapter could not even turn into a command: a 4xx (mostly 400), with a message key. */
public final class InvalidRequest extends RuntimeException {

    private final int status;
    private final String code;
    private final String messageKey;
    private final FieldErrors fields;

    private InvalidRequest(String code, String messageKey, FieldErrors fields) {
        this(400, code, messageKey, fields);
    }

    private InvalidRequest(int status, String code, String messageKey, FieldErrors fields) {
        super(code + ": " + messageKey, null, false, false);
        this.status = status;
        this.code = code;
        this.messageKey = messageKey;
        this.fields = fields;
    }

    public static InvalidRequest notJson() {
        return new InvalidRequest("BAD_REQUEST", "error.body_not_json", null);
    }

    public static InvalidRequest bodyTooLarge() {
        return new InvalidRequest("BAD_REQUEST", "error.body_too_large", null);
    }

    public static InvalidRequest wrongContentType() {
        return new InvalidRequest("BAD_REQUEST", "error.content_type", null);
    }

    /**
     * A person with two-factor on, at a door that has no second step (a portal client): they sign in through a
     * client that asks for the code.
     */
    public static InvalidRequest secondFactorElsewhere() {
        return new InvalidRequest(403, "FORBIDDEN", "error.second_factor_elsewhere", null);
    }

    public static InvalidRequest bodyRequired() {
        return new InvalidRequest("BAD_REQUEST", "error.body_required", null);
    }

    public static InvalidRequest badHeader(String header) {
        return new InvalidRequest("BAD_REQUEST", "error.bad_header." + header, null);
    }

    /** A request the HTTP codec could not parse at all. */
    public static InvalidRequest malformed() {
        return new InvalidRequest("BAD_REQUEST", "error.BAD_REQUEST", null);
    }

    /** A GET, HEAD or DELETE that carries a body: nothing would read it, so it is a client bug. */
    public static InvalidRequest bodyNotAllowed() {
        return new InvalidRequest("BAD_REQUEST", "error.body_not_allowed", null);
    }

    /** Headers larger than the edge accepts (RFC 6585's 431). */
    public static InvalidRequest headersTooLarge() {
        return new InvalidRequest(431, "BAD_REQUEST", "error.headers_too_large", null);
    }

    /** A path or query longer than any of ours (414). */
    public static InvalidRequest uriTooLong() {
        return new InvalidRequest(414, "BAD_REQUEST", "error.uri_too_long", null);
    }

    /** A body that did not arrive in time (408); the connection is closed after the answer. */
    public static InvalidRequest bodyTimedOut() {
        return new InvalidRequest(408, "REQUEST_TIMEOUT", "error.body_timeout", null);
    }

    /**
     * A path that names nothing of ours (an id that is not digits, a matrix parameter): the same 404 as an unknown one.
     */
    public static InvalidRequest notFound() {
        return new InvalidRequest(404, "NOT_FOUND", "error.NOT_FOUND", null);
    }

    /** {@code X-Tenant-ID} names another tenant than the caller's token. */
    public static InvalidRequest tenantMismatch() {
        return new InvalidRequest(403, "TENANT_MISMATCH", "error.TENANT_MISMATCH", null);
    }

    public static InvalidRequest validation(FieldErrors fields) {
        return new InvalidRequest("VALIDATION_FAILED", "error.validation_failed", fields);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String messageKey() {
        return messageKey;
    }

    public FieldErrors fields() {
        return fields;
    }
}
