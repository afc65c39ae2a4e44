package io.gerbang.adapters.websocket.socketio;

import io.gerbang.adapters.websocket.socketio.EngineSession.PollOutcome;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.glassfish.grizzly.CompletionHandler;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Engine.IO long-polling transport on Grizzly: a GET without {@code sid} opens a session, a GET with one
 * waits for packets (a suspended response: no thread waits with it), a POST delivers packets. Refusals are
 * the protocol's HTTP 400 with its JSON {@code {code, message}}: 0 unknown transport, 1 unknown session,
 * 2 bad handshake method, 3 bad request, 5 unsupported protocol version; 403 (code 4) for an origin that is
 * not allowed, 413 for a body over {@code maxPayload}. The WebSocket transport of the same path is
 * {@link EngineWebSockets}.
 */
public final class EnginePolling extends HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EnginePolling.class);
    private final EngineServer server;

    public EnginePolling(EngineServer server) {
        this.server = server;
    }

    @Override
    public void service(Request request, Response response) throws IOException {
        String origin = request.getHeader("Origin");
        boolean allowed = origin == null || server.settings().origins().test(origin);
        if (allowed) {
            cors(origin, response);
        }
        if (request.getMethod() == Method.OPTIONS) {
            preflight(request, response, allowed);
            return;
        }
        Map<String, String> query = query(request.getQueryString());
        int protocol = EngineHandshake.protocolOf(query.get("EIO"));
        if (protocol == 0) {
            refuse(response, 400, 5, "Unsupported protocol version");
            return;
        }
        if (!"polling".equals(query.get("transport"))) {
            refuse(response, 400, 0, "Transport unknown");
            return;
        }
        if (!allowed) {
            refuse(response, 403, 4, "Forbidden");
            return;
        }
        if (query.containsKey("j")) {
            // JSONP polling (v3's script-tag transport) is not served
            refuse(response, 400, 3, "Bad request");
            return;
        }
        String sid = query.get("sid");
        if (sid == null) {
            if (request.getMethod() != Method.GET) {
                refuse(response, 400, 2, "Bad handshake method");
                return;
            }
            EngineSession session = server.open(
                    new EngineHandshake(request.getHeader("Authorization"), origin, protocol, query.get("token")),
                    null);
            answer(response, session.openPacket());
            return;
        }
        EngineSession session = server.find(sid);
        if (session == null || session.handshake().protocol() != protocol) {
            refuse(response, 400, 1, "Session ID unknown");
        } else if (request.getMethod() == Method.GET) {
            poll(session, response);
        } else if (request.getMethod() == Method.POST) {
            post(session, request, response);
        } else {
            refuse(response, 400, 3, "Bad request");
        }
    }

    private void poll(EngineSession session, Response response) {
        SuspendablePoll poll = new SuspendablePoll(response, session);
        PollOutcome outcome = session.poll(poll);
        if (outcome == PollOutcome.REFUSED) {
            refuse(response, 400, 3, "Bad request");
        } else {
            poll.serviced(server.settings()
                            .pingInterval()
                            .plus(server.settings().pingTimeout())
                            .toMillis()
                    + 5_000);
        }
    }

    private void post(EngineSession session, Request request, Response response) throws IOException {
        int max = server.settings().maxPayload();
        if (request.getContentLength() > max) {
            session.abort("payload too large");
            refuse(response, 413, 3, "Payload too large");
            return;
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(max + 1);
        }
        if (body.length > max) {
            session.abort("payload too large");
            refuse(response, 413, 3, "Payload too large");
            return;
        }
        int protocol = session.handshake().protocol();
        if (protocol == EngineHandshake.LEGACY && "application/octet-stream".equals(request.getContentType())) {
            // v3's binary payload framing: the chat takes no binary, so neither is this served
            session.abort("parse error");
            refuse(response, 400, 3, "Bad request");
            return;
        }
        java.util.List<EnginePacket> packets;
        try {
            packets = EngineCodec.decodePayload(new String(body, StandardCharsets.UTF_8), protocol);
        } catch (MalformedPacket malformed) {
            session.abort("parse error");
            refuse(response, 400, 3, "Bad request");
            return;
        }
        if (!session.posted(packets)) {
            refuse(response, 400, 3, "Bad request");
            return;
        }
        response.setContentType("text/html; charset=UTF-8");
        write(response, "ok");
    }

    private void cors(String origin, Response response) {
        if (server.settings().credentials()) {
            if (origin != null) {
                response.setHeader("Access-Control-Allow-Origin", origin);
                response.setHeader("Access-Control-Allow-Credentials", "true");
                response.addHeader("Vary", "Origin");
            }
        } else {
            response.setHeader("Access-Control-Allow-Origin", "*");
        }
    }

    private static void preflight(Request request, Response response, boolean allowed) throws IOException {
        if (allowed) {
            response.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
            String asked = request.getHeader("Access-Control-Request-Headers");
            if (asked != null) {
                response.setHeader("Access-Control-Allow-Headers", asked);
            }
            response.setHeader("Access-Control-Max-Age", "600");
        }
        response.setStatus(allowed ? 204 : 403);
        response.setContentLength(0);
    }

    private static void refuse(Response response, int status, int code, String message) {
        response.setStatus(status);
        response.setContentType("application/json");
        write(response, "{\"code\":" + code + ",\"message\":\"" + message + "\"}");
    }

    private static void answer(Response response, String payload) {
        response.setContentType("text/plain; charset=UTF-8");
        write(response, payload);
    }

    private static void write(Response response, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        try {
            response.getOutputStream().write(bytes);
        } catch (IOException gone) {
            LOG.debug(
                    "a polling client left before its answer: {}",
                    gone.getClass().getSimpleName());
        }
    }

    static Map<String, String> query(String queryString) {
        Map<String, String> parameters = new HashMap<>();
        if (queryString == null) {
            return parameters;
        }
        for (String pair : queryString.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            try {
                parameters.putIfAbsent(
                        URLDecoder.decode(name, StandardCharsets.UTF_8),
                        URLDecoder.decode(value, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException badEscape) {
                parameters.putIfAbsent(name, value);
            }
        }
        return parameters;
    }

    /**
     * A GET that is answered at once when packets wait, else suspended until they come: the answer may come
     * from any thread, before or after the service call returns.
     */
    private static final class SuspendablePoll implements EngineSession.Poll {

        private final Response response;
        private final EngineSession session;
        private String early;
        private boolean suspended;
        private boolean done;

        SuspendablePoll(Response response, EngineSession session) {
            this.response = response;
            this.session = session;
        }

        @Override
        public synchronized void answer(String payload) {
            if (done) {
                return;
            }
            if (!suspended) {
                early = payload;
                return;
            }
            done = true;
            EnginePolling.answer(response, payload);
            response.resume();
        }

        @Override
        public synchronized void refuse() {
            if (done) {
                return;
            }
            done = true;
            EnginePolling.refuse(response, 400, 3, "Bad request");
            if (suspended) {
                response.resume();
            }
        }

        /** After the service call: answer what came early, or wait (bounded, in case no ping reaches it). */
        synchronized void serviced(long timeoutMillis) {
            if (done) {
                return;
            }
            if (early != null) {
                done = true;
                EnginePolling.answer(response, early);
                return;
            }
            suspended = true;
            response.suspend(
                    timeoutMillis,
                    TimeUnit.MILLISECONDS,
                    new CompletionHandler<>() {
                        @Override
                        public void cancelled() {
                            session.pollGone(SuspendablePoll.this);
                        }

                        @Override
                        public void failed(Throwable throwable) {
                            session.pollGone(SuspendablePoll.this);
                        }

                        @Override
                        public void completed(Response result) {}

                        @Override
                        public void updated(Response result) {}
                    },
                    responseToTimeout -> {
                        session.pollGone(SuspendablePoll.this); // the session's lock first, as answer() is called
                        synchronized (SuspendablePoll.this) {
                            if (!done) {
                                done = true;
                                EnginePolling.answer(response, String.valueOf(EnginePacket.Type.NOOP.code));
                            }
                        }
                        return true;
                    });
        }
    }
}
