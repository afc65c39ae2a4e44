package io.gerbang.adapters.rest.error;

/** A request the adapter could not even turn into a command: a 400, with a message key. */
public final class InvalidRequest extends RuntimeException {

    private final String code;
    private final String messageKey;
    private final FieldErrors fields;

    private InvalidRequest(String code, String messageKey, FieldErrors fields) {
        super(code + ": " + messageKey, null, false, false);
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

    public static InvalidRequest bodyRequired() {
        return new InvalidRequest("BAD_REQUEST", "error.body_required", null);
    }

    public static InvalidRequest badHeader(String header) {
        return new InvalidRequest("BAD_REQUEST", "error.bad_header." + header, null);
    }

    public static InvalidRequest validation(FieldErrors fields) {
        return new InvalidRequest("VALIDATION_FAILED", "error.validation_failed", fields);
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
