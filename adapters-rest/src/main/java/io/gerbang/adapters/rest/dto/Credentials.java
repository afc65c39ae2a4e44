package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.domain.twofactor.SecondFactorCode;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserIdentity;
import java.util.regex.Pattern;

/**
 * What people sign in and prove themselves with, as the sign-in, session, profile and two-factor requests carry
 * it: the rules those requests share, with their limits.
 */
public final class Credentials {

    /** Longer than any password anyone types; a longer one is refused before it is hashed. */
    public static final int MAX_PRESENTED_PASSWORD = 1024;
    /** Longer than any token Gerbang issues (an access token is well under 2 KiB). */
    public static final int MAX_TOKEN = 8192;
    /** A sign-in challenge Gerbang issued: 64 hex digits. */
    private static final Pattern CHALLENGE = Pattern.compile("[0-9a-f]{64}");

    private Credentials() {}

    static UserIdentity identity(RequestFields inputs, String field, String value) {
        return inputs.required(field, value, UserIdentity::new, FieldErrors.INVALID);
    }

    static Email email(RequestFields inputs, String field, String value) {
        return inputs.required(field, value, Email::new, FieldErrors.INVALID_EMAIL);
    }

    /** A password as typed to prove who one is: any length up to the limit, checked only against its hash. */
    static PlainPassword presentedPassword(RequestFields inputs, String field, String value) {
        return inputs.required(
                field,
                value,
                typed -> PlainPassword.presented(atMost(typed, MAX_PRESENTED_PASSWORD)),
                FieldErrors.TOO_LONG);
    }

    /** A password being set: the domain's rule for a new secret. */
    static PlainPassword newPassword(RequestFields inputs, String field, String value) {
        return inputs.required(field, value, PlainPassword::forNewSecret, FieldErrors.TOO_SHORT_PASSWORD);
    }

    /** A token as a client hands it back (a refresh or an access token). */
    static String token(RequestFields inputs, String field, String value) {
        return inputs.required(field, value, typed -> atMost(typed, MAX_TOKEN), FieldErrors.TOO_LONG);
    }

    /** The challenge of a sign-in waiting for its second factor; anything else is not one of ours. */
    static String challenge(RequestFields inputs, String field, String value) {
        return inputs.required(
                field,
                value,
                typed -> {
                    if (!CHALLENGE.matcher(typed).matches()) {
                        throw new IllegalArgumentException("not a challenge");
                    }
                    return typed;
                },
                FieldErrors.INVALID);
    }

    /** A 6-digit TOTP code. */
    static SecondFactorCode.TotpCode totpCode(RequestFields inputs, String field, String value) {
        return inputs.required(
                field, value, typed -> new SecondFactorCode.TotpCode(typed.strip()), FieldErrors.TOTP_SHAPE);
    }

    /** A 6-digit TOTP code or a recovery code. */
    static SecondFactorCode secondFactorCode(RequestFields inputs, String field, String value) {
        return inputs.required(field, value, SecondFactorCode::parse, FieldErrors.CODE_SHAPE);
    }

    private static String atMost(String value, int max) {
        if (value.length() > max) {
            throw new IllegalArgumentException("longer than " + max);
        }
        return value;
    }
}
