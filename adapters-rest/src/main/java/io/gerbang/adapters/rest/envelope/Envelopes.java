package io.gerbang.adapters.rest.envelope;

import io.gerbang.adapters.rest.envelope.Envelope.Meta;
import io.gerbang.adapters.rest.envelope.Envelope.Pagination;
import io.gerbang.adapters.rest.error.Messages;
import io.gerbang.adapters.rest.http.RequestInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * Builds envelopes and the responses that carry them. The {@code message} summary is always English, as
 * seed 003's clients (the RBAC auth API's front ends) match on it; the {@code error} detail is in the request's
 * language. A failure's summary says what failed where those clients look: {@code Login failed} for a refused
 * sign-in, {@code Token refresh failed} for a refused refresh, {@code Token validation failed} for an access
 * token refused anywhere, {@code Invalid request} for a malformed one.
 */
public final class Envelopes {

    private static final Clock CLOCK = Clock.systemUTC();

    private Envelopes() {}

    public static Response ok(ContainerRequestContext request, String messageKey, Object data) {
        return ok(request, messageKey, data, null);
    }

    public static Response ok(ContainerRequestContext request, String messageKey, Object data, Pagination page) {
        RequestInfo info = RequestInfo.of(request);
        return Response.ok(new Envelope(
                        true,
                        Messages.text(Messages.Language.EN, messageKey),
                        null,
                        null,
                        data,
                        null,
                        meta(info, page)))
                .build();
    }

    public static Envelope failure(
            RequestInfo info, int status, String code, String detailKey, Map<String, List<String>> fieldErrors) {
        return new Envelope(
                false,
                Messages.text(Messages.Language.EN, summaryKey(info.door(), status, code)),
                code,
                Messages.text(info.language(), detailKey),
                null,
                fieldErrors,
                meta(info, null));
    }

    /** A {@code 429}: the failure envelope telling, in {@code meta.retry_after}, when to try again. */
    public static Envelope tooManyRequests(RequestInfo info, long retryAfterSeconds) {
        Envelope failure = failure(info, 429, "TOO_MANY_REQUESTS", "error.TOO_MANY_REQUESTS", null);
        Meta meta = failure.meta();
        return new Envelope(
                false,
                failure.message(),
                failure.code(),
                failure.error(),
                null,
                null,
                new Meta(meta.requestId(), meta.timestamp(), null, retryAfterSeconds));
    }

    /** Codes that say an access token was refused, whichever call it came with. */
    private static final java.util.Set<String> TOKEN_REFUSALS =
            java.util.Set.of("TOKEN_MISSING", "TOKEN_INVALID", "TOKEN_EXPIRED", "SESSION_REVOKED");

    /** The summary of a failure: of its door and status, of the access token, or of its status (or class). */
    private static String summaryKey(RequestInfo.Door door, int status, String code) {
        if (status == 401 && TOKEN_REFUSALS.contains(code)) {
            return "summary.token_failed";
        }
        if (status == 401 || status == 403) {
            if (door == RequestInfo.Door.SIGN_IN) {
                return "summary.login_failed";
            }
            if (door == RequestInfo.Door.REFRESH) {
                return "summary.refresh_failed";
            }
        }
        String own = "summary." + status;
        if (!Messages.text(Messages.Language.EN, own).equals(own)) {
            return own;
        }
        return status >= 500 ? "summary.500" : "summary.400";
    }

    static Meta meta(RequestInfo info, Pagination page) {
        return new Meta(
                info.requestId(),
                Instant.now(CLOCK).truncatedTo(ChronoUnit.SECONDS).toString(),
                page,
                null);
    }
}
