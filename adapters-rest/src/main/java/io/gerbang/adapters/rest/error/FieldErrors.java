package io.gerbang.adapters.rest.error;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Problems with named fields of a request, as message keys; {@link Messages} words them per language. */
public final class FieldErrors {

    public static final String REQUIRED = "field.required";
    public static final String WRONG_TYPE = "field.wrong_type";
    public static final String TOO_SHORT_PASSWORD = "field.password_too_short";
    public static final String TOO_LONG = "field.too_long";
    public static final String INVALID_EMAIL = "field.invalid_email";
    public static final String INVALID = "field.invalid";
    public static final String NOT_ALLOWED = "field.not_allowed";
    public static final String ONE_OF_IDENTITY_OR_EMAIL = "field.identity_or_email";
    public static final String NOT_A_NUMBER = "field.not_a_number";
    public static final String LIMIT_RANGE = "field.limit_range";
    public static final String ONLY_OFF = "field.only_off";
    public static final String CODE_SHAPE = "field.code_shape";
    public static final String TOTP_SHAPE = "field.totp_shape";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String key) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(key);
        return this;
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public Map<String, List<String>> keys() {
        return errors;
    }

    /** Throws {@link InvalidRequest} if any field had a problem. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw InvalidRequest.validation(this);
        }
    }
}
