package io.gerbang.bootstrap.server;

import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.http.EdgeAnswers;
import io.gerbang.adapters.rest.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;

/**
 * Hands a request to the handlers (Jersey, hence a worker thread) only once its whole body is in memory.
 * Until then the parts that arrived wait in the filter chain as Grizzly's own "remainder", holding no thread:
 * a client that announces a body and stalls costs a few bytes, not a worker. A body that has not arrived
 * within ten seconds is answered {@code 408} in the envelope and the connection closed. A body past the
 * REST limit is handed on as it is, and refused by its size without waiting for the rest.
 */
final class BodyBuffering implements AddOn {

    static final Duration BODY_TIMEOUT = Duration.ofSeconds(10);
    private static final Attribute<Waiting> WAITING =
            Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(BodyBuffering.class.getName() + ".waiting");

    private final EdgeAnswers answers;
    private final ScheduledExecutorService timers;

    BodyBuffering(EdgeAnswers answers, ScheduledExecutorService timers) {
        this.answers = answers;
        this.timers = timers;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int codec = builder.indexOfType(org.glassfish.grizzly.http.HttpServerFilter.class);
        builder.add(codec + 1, new Gathering());
    }

    /** A request whose body is still coming, and the timer that gives up on it. */
    private record Waiting(HttpHeader request, ScheduledFuture<?> timer) {}

    private final class Gathering extends BaseFilter {

        @Override
        public NextAction handleRead(FilterChainContext ctx) throws IOException {
            if (!(ctx.getMessage() instanceof HttpContent content)) {
                return ctx.getInvokeAction();
            }
            HttpHeader header = content.getHttpHeader();
            Connection<?> connection = ctx.getConnection();
            Waiting waiting = WAITING.get(connection);
            if (content.isLast()
                    || !header.isRequest()
                    || header.isUpgrade()
                    || content.getContent().remaining() > Json.MAX_BODY_BYTES) {
                if (waiting != null) {
                    waiting.timer().cancel(false);
                    WAITING.remove(connection);
                }
                return ctx.getInvokeAction();
            }
            if (waiting == null || waiting.request() != header) {
                WAITING.set(
                        connection,
                        new Waiting(
                                header,
                                timers.schedule(
                                        () -> giveUp(connection, header),
                                        BODY_TIMEOUT.toMillis(),
                                        TimeUnit.MILLISECONDS)));
            }
            // kept by the chain; the next part is appended to it (HttpContent#append) and comes back here
            return ctx.getStopAction(content);
        }

        @Override
        public NextAction handleClose(FilterChainContext ctx) throws IOException {
            Waiting waiting = WAITING.remove(ctx.getConnection());
            if (waiting != null) {
                waiting.timer().cancel(false);
            }
            return ctx.getInvokeAction();
        }
    }

    /** Ten seconds and the body is still not whole: 408 in the envelope, written past the chain, then close. */
    private void giveUp(Connection<?> connection, HttpHeader request) {
        Waiting waiting = WAITING.get(connection);
        if (waiting == null || waiting.request() != request || !connection.isOpen()) {
            return;
        }
        WAITING.remove(connection);
        String requestId = EdgeAnswers.requestId(request.getHeader("X-Request-ID"));
        byte[] envelope =
                answers.envelope(InvalidRequest.bodyTimedOut(), requestId, request.getHeader("Accept-Language"));
        byte[] head = ("HTTP/1.1 408 Request Timeout\r\n"
                        + "Content-Type: application/json; charset=UTF-8\r\n"
                        + "Content-Length: " + envelope.length + "\r\n"
                        + "X-Request-ID: " + requestId + "\r\n"
                        + "Cache-Control: no-store\r\n"
                        + "Connection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        byte[] answer = new byte[head.length + envelope.length];
        System.arraycopy(head, 0, answer, 0, head.length);
        System.arraycopy(envelope, 0, answer, head.length, envelope.length);
        ClosingWriter.writeThenClose(connection, answer);
    }
}
