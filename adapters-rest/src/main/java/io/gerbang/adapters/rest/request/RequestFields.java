package io.gerbang.adapters.rest.request;

import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.application.model.PageRequest;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.UserId;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * How a request's fields are read: each is turned into a value object, and every problem is collected before
 * the request is refused with all of them. What a field must be is said beside the request that carries it
 * (the records of {@code rest.dto}); this class holds only what every request shares: the body, ids in the
 * path and the query, paging, and the reading itself.
 */
public final class RequestFields {

    /** An id as a path writes it: digits only, no sign, no leading zero, at most 18 of them. */
    private static final Pattern PATH_ID = Pattern.compile("[1-9][0-9]{0,17}");

    private final FieldErrors errors = new FieldErrors();

    public static <T> T body(T body) {
        if (body == null) {
            throw InvalidRequest.bodyRequired();
        }
        return body;
    }

    /**
     * A numeric id in the path ({@code 7}, not {@code +7} or {@code 07}): anything else names nothing, so it is a 404.
     */
    public static long pathId(String id) {
        if (id == null || !PATH_ID.matcher(id).matches()) {
            throw InvalidRequest.notFound();
        }
        return Long.parseLong(id);
    }

    /** A user id in the path: anything but a user id names nobody, so it is a 404. */
    public static UserId userIdPath(String id) {
        return new UserId(pathId(id));
    }

    /** {@code ?limit=}: 1 to 100, 20 when absent; anything else is a 400 naming the field. */
    public static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return PageRequest.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= PageRequest.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw InvalidRequest.validation(new FieldErrors().add("limit", FieldErrors.LIMIT_RANGE));
    }

    public static boolean given(String value) {
        return value != null && !value.isEmpty();
    }

    /**
     * A field that must be given, read by {@code read}; absent or empty is {@code required}, refused by the value
     * object (an {@link IllegalArgumentException}) is {@code wrongKey}.
     */
    public <T> T required(String field, String value, Function<String, T> read, String wrongKey) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        try {
            return read.apply(value);
        } catch (IllegalArgumentException refused) {
            errors.add(field, wrongKey);
            return null;
        }
    }

    /** A field held to a domain rule that also refuses it absent: null is required, anything refused invalid. */
    public <T, R> R ruled(String field, T value, Function<T, R> rule) {
        try {
            return rule.apply(value);
        } catch (IllegalArgumentException refused) {
            errors.add(field, value == null ? FieldErrors.REQUIRED : FieldErrors.INVALID);
            return null;
        }
    }

    /** Holds one part of a value to its domain rule, noting the field when it breaks it. */
    public <T> void heldTo(String field, T value, UnaryOperator<T> rule) {
        try {
            rule.apply(value);
        } catch (IllegalArgumentException refused) {
            errors.add(field, value == null ? FieldErrors.REQUIRED : FieldErrors.INVALID);
        }
    }

    /** Optional text of at most {@code maxLength} characters. */
    public String atMost(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(field, FieldErrors.TOO_LONG);
            return null;
        }
        return value;
    }

    public UserId userId(String field, Long value) {
        return present(field, value) && positive(field, value, FieldErrors.NOT_A_NUMBER) ? new UserId(value) : null;
    }

    /** {@code ?user_id=}: absent is null. */
    public UserId userIdParameter(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return userId(field, Long.parseLong(value.trim()));
        } catch (NumberFormatException notANumber) {
            errors.add(field, FieldErrors.NOT_A_NUMBER);
            return null;
        }
    }

    /** An id in a body, where absent means none; nothing has an id below 1, so such a one names nothing. */
    public <T> T id(String field, Long value, LongFunction<T> named) {
        return value != null && positive(field, value, FieldErrors.INVALID) ? named.apply(value) : null;
    }

    /** An id in a body that must be given. */
    public <T> T requiredId(String field, Long value, LongFunction<T> named) {
        return present(field, value) ? id(field, value, named) : null;
    }

    /** A unit id where absent means none (a tenant-wide user). */
    public UnitId unitId(String field, Long value) {
        return id(field, value, UnitId::new);
    }

    /** A unit id that must be given. */
    public UnitId requiredUnitId(String field, Long value) {
        return requiredId(field, value, UnitId::new);
    }

    private boolean present(String field, Long value) {
        if (value == null) {
            errors.add(field, FieldErrors.REQUIRED);
        }
        return value != null;
    }

    private boolean positive(String field, long value, String key) {
        if (value <= 0) {
            errors.add(field, key);
        }
        return value > 0;
    }

    public RequestFields problem(String field, String key) {
        errors.add(field, key);
        return this;
    }

    /** Refuses with every problem found so far, if any. */
    public void check() {
        errors.throwIfAny();
    }
}
