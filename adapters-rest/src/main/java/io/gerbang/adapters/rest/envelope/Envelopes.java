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

/** Builds envelopes and the responses that carry them. */
public final class Envelopes {

    private static final Clock CLOCK = Clock.systemUTC();

    private Envelopes() {
    }

    public static Response ok(ContainerRequestContext request, String messageKey, Object data) {
        return ok(request, messageKey, data, null);
    }

    public static Response ok(ContainerRequestContext request, String messageKey, Object data, Pagination page) {
        RequestInfo info = RequestInfo.of(request);
        return Response.ok(new Envelope(true, Messages.text(info.language(), messageKey), null, null, data, null,
                meta(info, page))).build();
    }

    public static Envelope failure(RequestInfo info, int status, String code, String detailKey,
                                   Map<String, List<String>> fieldErrors) {
        return new Envelope(false, Messages.text(info.language(), summaryKey(status)), code,
                Messages.text(info.language(), detailKey), null, fieldErrors, meta(info, null));
    }

    /** A {@code 429}: the failure envelope telling, in {@code meta.retry_after}, when to try again. */
    public static Envelope tooManyRequests(RequestInfo info, long retryAfterSeconds) {
        Envelope failure = failure(info, 429, "TOO_MANY_REQUESTS", "error.TOO_MANY_REQUESTS", null);
        Meta meta = failure.meta();
        return new Envelope(false, failure.message(), failure.code(), failure.error(), null, null,
                new Meta(meta.requestId(), meta.timestamp(), null, retryAfterSeconds));
    }

    /** The summary of a status, or of its class when the status has none of its own. */
    private static String summaryKey(int status) {
        String own = "summary." + status;
        if (!Messages.text(Messages.Language.EN, own).equals(own)) {
            return own;
        }
        return status >= 500 ? "summary.500" : "summary.400";
    }

    static Meta meta(RequestInfo info, Pagination page) {
        return new Meta(info.requestId(), Instant.now(CLOCK).truncatedTo(ChronoUnit.SECONDS).toString(), page, null);
    }
}
