package io.gerbang.adapters.rest.resource;

import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.domain.twofactor.SecondFactorCode;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.user.Email;
import java.util.List;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;

/** Turns request fields into value objects, collecting every problem before refusing. */
final class Inputs {

    private final FieldErrors errors = new FieldErrors();

    static <T> T body(T body) {
        if (body == null) {
            throw InvalidRequest.bodyRequired();
        }
        return body;
    }

    /** An id as a path writes it: digits only, no sign, no leading zero, at most 18 of them. */
    private static final java.util.regex.Pattern PATH_ID = java.util.regex.Pattern.compile("[1-9][0-9]{0,17}");

    /** A user id in the path: anything but a user id names nobody, so it is a 404. */
    static UserId userIdPath(String id) {
        return new UserId(pathId(id));
    }

    /** {@code ?limit=}: 1 to 100, 20 when absent; anything else is a 400 naming the field. */
    static int limit(String limit) {
        if (limit == null || limit.isBlank()) {
            return io.gerbang.application.port.in.PageRequest.DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1 && value <= io.gerbang.application.port.in.PageRequest.MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw InvalidRequest.validation(new FieldErrors().add("limit", FieldErrors.LIMIT_RANGE));
    }

    /** A numeric id in the path ({@code 7}, not {@code +7} or {@code 07}): anything else names nothing, so it is a 404. */
    static long pathId(String id) {
        if (id == null || !PATH_ID.matcher(id).matches()) {
            throw InvalidRequest.notFound();
        }
        return Long.parseLong(id);
    }

    static boolean given(String value) {
        return value != null && !value.isEmpty();
    }

    UserIdentity identity(String field, String value) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        try {
            return new UserIdentity(value);
        } catch (IllegalArgumentException invalid) {
            errors.add(field, FieldErrors.INVALID);
            return null;
        }
    }

    Email email(String field, String value) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        try {
            return new Email(value);
        } catch (IllegalArgumentException invalid) {
            errors.add(field, FieldErrors.INVALID_EMAIL);
            return null;
        }
    }

    PlainPassword presentedPassword(String field, String value) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        if (value.length() > 1024) {
            errors.add(field, FieldErrors.TOO_LONG);
            return null;
        }
        return PlainPassword.presented(value);
    }

    PlainPassword newPassword(String field, String value) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        try {
            return PlainPassword.forNewSecret(value);
        } catch (IllegalArgumentException tooShortOrLong) {
            errors.add(field, FieldErrors.TOO_SHORT_PASSWORD);
            return null;
        }
    }

    String token(String field, String value) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        if (value.length() > 8192) {
            errors.add(field, FieldErrors.TOO_LONG);
            return null;
        }
        return value;
    }

    /** A 6-digit TOTP code. */
    SecondFactorCode.TotpCode totpCode(String field, String value) {
        return code(field, value, typed -> new SecondFactorCode.TotpCode(typed.strip()), FieldErrors.TOTP_SHAPE);
    }

    /** A 6-digit TOTP code or a recovery code. */
    SecondFactorCode secondFactorCode(String field, String value) {
        return code(field, value, SecondFactorCode::parse, FieldErrors.CODE_SHAPE);
    }

    private <T> T code(String field, String value, java.util.function.Function<String, T> read, String wrongShape) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        try {
            return read.apply(value);
        } catch (IllegalArgumentException notACode) {
            errors.add(field, wrongShape);
            return null;
        }
    }

    /** An opaque token we issued: 64 hex digits, else not one of ours. */
    String opaqueToken(String field, String value) {
        if (!given(value)) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        if (!OPAQUE_TOKEN.matcher(value).matches()) {
            errors.add(field, FieldErrors.INVALID);
            return null;
        }
        return value;
    }

    private static final java.util.regex.Pattern OPAQUE_TOKEN = java.util.regex.Pattern.compile("[0-9a-f]{64}");

    String name(String field, String value) {
        try {
            return io.gerbang.domain.user.User.checkedName(value);
        } catch (IllegalArgumentException invalid) {
            errors.add(field, value == null ? FieldErrors.REQUIRED : FieldErrors.INVALID);
            return null;
        }
    }

    String taskTitle(String field, String value) {
        try {
            return io.gerbang.domain.task.Task.checkedTitle(value);
        } catch (IllegalArgumentException invalid) {
            errors.add(field, value == null ? FieldErrors.REQUIRED : FieldErrors.INVALID);
            return null;
        }
    }

    /** A message of a task room, by the domain's rules; each of {@code message}, {@code attachments}, {@code reply_to} is named when wrong. */
    MessageDraft messageDraft(String text, List<String> attachments, Long replyTo) {
        boolean valid = checked("message", text, MessageDraft::checkedText);
        valid &= checked("attachments", attachments, MessageDraft::checkedAttachments);
        valid &= checked("reply_to", replyTo, MessageDraft::checkedReplyTo);
        return valid ? new MessageDraft(text, attachments, replyTo) : null;
    }

    private <T> boolean checked(String field, T value, java.util.function.UnaryOperator<T> rule) {
        try {
            rule.apply(value);
            return true;
        } catch (IllegalArgumentException invalid) {
            errors.add(field, value == null ? FieldErrors.REQUIRED : FieldErrors.INVALID);
            return false;
        }
    }

    String roleName(String field, String value) {
        try {
            return io.gerbang.domain.access.Role.checkedName(value);
        } catch (IllegalArgumentException invalid) {
            errors.add(field, value == null ? FieldErrors.REQUIRED : FieldErrors.INVALID);
            return null;
        }
    }

    String text(String field, String value, int maxLength) {
        if (value != null && value.length() > maxLength) {
            errors.add(field, FieldErrors.TOO_LONG);
            return null;
        }
        return value;
    }

    /** Permission names as given; whether each is known is the use case's business. */
    java.util.Set<String> permissions(String field, java.util.List<String> values) {
        java.util.Set<String> names = new java.util.HashSet<>();
        if (values == null || values.isEmpty()) {
            errors.add(field, FieldErrors.REQUIRED);
            return names;
        }
        for (String value : values) {
            if (value == null || value.isBlank() || value.length() > 100) {
                errors.add(field, FieldErrors.INVALID);
            } else {
                names.add(value);
            }
        }
        return names;
    }

    UserId userId(String field, Long value) {
        if (value == null) {
            errors.add(field, FieldErrors.REQUIRED);
            return null;
        }
        if (value <= 0) {
            errors.add(field, FieldErrors.NOT_A_NUMBER);
            return null;
        }
        return new UserId(value);
    }

    UserId userIdParameter(String field, String value) {
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

    Inputs problem(String field, String key) {
        errors.add(field, key);
        return this;
    }

    /** Refuses with every problem found so far, if any. */
    void check() {
        errors.throwIfAny();
    }
}
