package io.gerbang.bootstrap.server;

import io.gerbang.adapters.rest.error.InvalidRequest;
import io.gerbang.adapters.rest.http.EdgeAnswers;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.filterchain.FilterChainBuilder;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.http.ContentEncoding;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Requests so malformed that Grizzly's HTTP codec refuses them before any handler runs (headers over 64 KiB,
 * a broken request line) are answered in the contract's envelope too, with {@code X-Request-ID}: 431 for
 * headers too large, 414 for a request line too long, 400 for the rest. The codec is Grizzly's own, built
 * with the listener's settings; only the body of its error answer is ours. A path that only means something
 * once decoded ({@link #plainPath}: an encoded dot-segment or slash, a NUL or another control character) is
 * such a request too: 400, before Grizzly's mapper fails on it with a bare 500.
 */
final class CodecErrorAnswers implements AddOn {

    private final EdgeAnswers answers;

    CodecErrorAnswers(EdgeAnswers answers) {
        this.answers = answers;
    }

    @Override
    public void setup(NetworkListener listener, FilterChainBuilder builder) {
        int index = builder.indexOfType(HttpServerFilter.class);
        HttpServerFilter stock = (HttpServerFilter) builder.get(index);
        Codec codec = new Codec(listener, answers);
        codec.setMaxPayloadRemainderToSkip(stock.getMaxPayloadRemainderToSkip());
        // a GET or DELETE with a body reaches Jersey, which answers 400 in the envelope (not Grizzly, bare)
        codec.setAllowPayloadForUndefinedHttpMethods(true);
        for (ContentEncoding encoding : stock.getContentEncodings()) {
            codec.addContentEncoding(encoding);
        }
        codec.getMonitoringConfig().addProbes(stock.getMonitoringConfig().getProbes());
        builder.set(index, codec);
    }

    /**
     * Whether a request's path (as sent, still encoded) names one resource without tricks: each segment,
     * decoded, is neither {@code .} nor {@code ..}, holds no slash or backslash it did not show, and no
     * control character; its escapes are whole. No route of Gerbang's needs more.
     */
    static boolean plainPath(String rawPath) {
        if (rawPath == null) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            String decoded;
            try {
                decoded = segment.indexOf('%') < 0
                        ? segment
                        : URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException brokenEscape) {
                return false;
            }
            if (!plainSegment(decoded)) {
                return false;
            }
        }
        return true;
    }

    /** One decoded segment: not a dot-segment, no slash or backslash, no control character. Every request asks. */
    private static boolean plainSegment(String decoded) {
        if (decoded.equals(".") || decoded.equals("..")) {
            return false;
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '/' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    private static final class Codec extends HttpServerFilter {

        private final EdgeAnswers answers;

        Codec(NetworkListener listener, EdgeAnswers answers) {
            super(
                    listener.isChunkingEnabled(),
                    listener.getMaxHttpHeaderSize(),
                    null,
                    listener.getKeepAlive(),
                    null,
                    listener.getMaxRequestHeaders(),
                    listener.getMaxResponseHeaders());
            this.answers = answers;
        }

        @Override
        protected boolean onHttpHeaderParsed(HttpHeader header, Buffer buffer, FilterChainContext ctx) {
            boolean error = super.onHttpHeaderParsed(header, buffer, ctx);
            if (!error && header instanceof HttpRequestPacket request && !plainPath(request.getRequestURI())) {
                request.getResponse().setStatus(400);
                return true;
            }
            return error;
        }

        @Override
        protected void onHttpHeaderError(HttpHeader header, FilterChainContext ctx, Throwable failure)
                throws IOException {
            String problem = failure == null || failure.getMessage() == null ? "" : failure.getMessage();
            if (header.isRequest() && problem.contains("too large")) {
                ((HttpRequestPacket) header)
                        .getResponse()
                        .setStatus(problem.contains("intial line") || problem.contains("initial line") ? 414 : 431);
            }
            super.onHttpHeaderError(header, ctx, failure);
        }

        @Override
        protected HttpContent customizeErrorResponse(HttpResponsePacket response) {
            int status = response.getStatus();
            InvalidRequest refused = status == 431
                    ? InvalidRequest.headersTooLarge()
                    : status == 414 ? InvalidRequest.uriTooLong() : InvalidRequest.malformed();
            String requestId = EdgeAnswers.requestId(null);
            byte[] envelope = answers.envelope(refused, requestId, null);
            response.setContentType("application/json; charset=UTF-8");
            response.setHeader("X-Request-ID", requestId);
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(envelope.length);
            return HttpContent.builder(response)
                    .content(Buffers.wrap(null, envelope))
                    .last(true)
                    .build();
        }
    }
}
