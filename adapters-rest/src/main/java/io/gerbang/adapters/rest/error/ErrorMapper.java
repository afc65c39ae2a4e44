package io.gerbang.adapters.rest.error;

import io.gerbang.adapters.rest.envelope.Envelopes;
import io.gerbang.adapters.rest.http.RequestInfo;
import io.gerbang.application.port.Unavailable;
import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.domain.shared.Refused;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every failure, ours or Jersey's, becomes the contract's envelope with its code (which a dialect then words its own
 * way: {@code dialect.DialectErrors}). Nothing of the cause
 * (stack, SQL, secrets) reaches the client; unexpected ones are logged with the request id.
 */
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapper.class);

    @Context
    private jakarta.inject.Provider<ContainerRequestContext> request;

    @Override
    public Response toResponse(Throwable thrown) {
        RequestInfo info = requestInfo();
        if (thrown instanceof Refused refused) {
            return refusal(info, Refusals.of(refused), refused);
        }
        if (thrown instanceof Unavailable storeDown) {
            // the cause's type only: store messages can quote keys and statements
            LOG.warn(
                    "request {}: {} is unavailable ({})",
                    info.requestId(),
                    storeDown.what(),
                    storeDown.getCause() == null
                            ? "no cause"
                            : storeDown.getCause().getClass().getSimpleName());
            return respond(
                    503, Envelopes.failure(info, 503, "UNAVAILABLE", "error.UNAVAILABLE", null), "Retry-After", "5");
        }
        if (thrown instanceof InvalidRequest invalid) {
            return respond(
                    invalid.status(),
                    Envelopes.failure(
                            info,
                            invalid.status(),
                            invalid.code(),
                            invalid.messageKey(),
                            invalid.fields() == null ? null : worded(info, invalid.fields())));
        }
        Throwable cause = rootCauseOf(thrown);
        if (cause instanceof InvalidRequest invalid) {
            return toResponse(invalid);
        }
        if (cause instanceof Refused || cause instanceof Unavailable) {
            return toResponse(cause);
        }
        if (thrown instanceof NotFoundException) {
            return respond(404, Envelopes.failure(info, 404, "NOT_FOUND", "error.NOT_FOUND", null));
        }
        if (thrown instanceof NotAllowedException notAllowed) {
            Response response =
                    respond(405, Envelopes.failure(info, 405, "METHOD_NOT_ALLOWED", "error.METHOD_NOT_ALLOWED", null));
            Object allow = notAllowed.getResponse().getHeaders().getFirst("Allow");
            return allow == null
                    ? response
                    : Response.fromResponse(response).header("Allow", allow).build();
        }
        if (thrown instanceof NotSupportedException) {
            return respond(400, Envelopes.failure(info, 400, "BAD_REQUEST", "error.content_type", null));
        }
        if (thrown instanceof NotAcceptableException) {
            return respond(406, Envelopes.failure(info, 406, "BAD_REQUEST", "error.BAD_REQUEST", null));
        }
        if (thrown instanceof ProcessingException) {
            // an entity that could not be read at all
            return respond(400, Envelopes.failure(info, 400, "BAD_REQUEST", "error.body_not_json", null));
        }
        if (thrown instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            // any other client error Jersey raises keeps its status, with the generic code
            int status = web.getResponse().getStatus();
            return respond(status, Envelopes.failure(info, status, "BAD_REQUEST", "error.BAD_REQUEST", null));
        }
        LOG.error("request {} failed unexpectedly", info.requestId(), thrown);
        return respond(500, Envelopes.failure(info, 500, "INTERNAL_ERROR", "error.INTERNAL_ERROR", null));
    }

    private static Response refusal(RequestInfo info, Refusals.Answer answer, Refused refused) {
        if (refused instanceof LimitReached limit) {
            // whole seconds, rounded up, and never 0: "try again now" would be a lie
            long seconds = Math.max(1, (limit.retryAfter().toMillis() + 999) / 1000);
            return respond(429, Envelopes.tooManyRequests(info, seconds), "Retry-After", String.valueOf(seconds));
        }
        Object envelope = Envelopes.failure(
                info,
                answer.status(),
                answer.code(),
                answer.messageKey(),
                answer.field() == null
                        ? null
                        : worded(info, new FieldErrors().add(answer.field(), FieldErrors.INVALID)));
        return switch (answer.status()) {
            case 401 -> respond(401, envelope, "WWW-Authenticate", "Bearer");
            case 503 -> respond(503, envelope, "Retry-After", "5");
            default -> respond(answer.status(), envelope);
        };
    }

    private static Response respond(int status, Object envelope, String header, String value) {
        return Response.status(status).entity(envelope).header(header, value).build();
    }

    private static Response respond(int status, Object envelope) {
        return Response.status(status).entity(envelope).build();
    }

    private static Map<String, List<String>> worded(RequestInfo info, FieldErrors fields) {
        Map<String, List<String>> worded = new LinkedHashMap<>();
        fields.keys()
                .forEach((field, keys) -> worded.put(
                        field,
                        keys.stream()
                                .map(key -> Messages.text(info.language(), key))
                                .toList()));
        return worded;
    }

    private static Throwable rootCauseOf(Throwable thrown) {
        Throwable cause = thrown;
        for (int depth = 0; depth < 10 && cause.getCause() != null && cause.getCause() != cause; depth++) {
            cause = cause.getCause();
        }
        return cause;
    }

    private RequestInfo requestInfo() {
        try {
            return RequestInfo.of(request.get());
        } catch (RuntimeException outsideARequest) {
            return RequestInfo.of(null);
        }
    }
}
