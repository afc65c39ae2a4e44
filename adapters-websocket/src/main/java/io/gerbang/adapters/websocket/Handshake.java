package io.gerbang.adapters.websocket;

import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the upgrade request said that the socket needs: the bearer token (from {@code Authorization} or the
 * {@code bearer, <token>} subprotocol pair) and the {@code Origin}. Tyrus shares one configuration object
 * among all connections, so the values travel from the handshake to {@code onOpen} in a thread local: on
 * Grizzly both run on the same worker thread, one right after the other.
 */
record Handshake(String token, String origin, String host) {

    private static final ThreadLocal<Handshake> CURRENT = new ThreadLocal<>();
    static final String SUBPROTOCOL = "bearer";

    /** The handshake of the connection being opened on this thread (taken once). */
    static Handshake take() {
        Handshake handshake = CURRENT.get();
        CURRENT.remove();
        return handshake == null ? new Handshake(null, null, null) : handshake;
    }

    /**
     * Whether the page that opened the socket came from this server itself (its {@code Origin} names the
     * {@code Host} the upgrade was sent to): the web console. Such a page is always let in, whatever
     * {@code GERBANG_CORS_ORIGINS} lists.
     */
    boolean sameOrigin() {
        if (origin == null || host == null) {
            return false;
        }
        try {
            String authority = java.net.URI.create(origin.strip()).getRawAuthority();
            return authority != null && authority.equalsIgnoreCase(host.strip());
        } catch (IllegalArgumentException notAnOrigin) {
            return false;
        }
    }

    static final class Configurator extends ServerEndpointConfig.Configurator {

        private final Supplier<ChatEndpoint> endpoints;

        Configurator(Supplier<ChatEndpoint> endpoints) {
            this.endpoints = endpoints;
        }

        @Override
        public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
            Map<String, List<String>> headers = request.getHeaders();
            String token = null;
            String authorization = first(headers, "Authorization");
            if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                token = authorization.substring(7).strip();
            }
            String protocols = first(headers, "Sec-WebSocket-Protocol");
            if (token == null && protocols != null) {
                String[] offered = protocols.split(",");
                if (offered.length == 2 && offered[0].strip().equalsIgnoreCase(SUBPROTOCOL)) {
                    token = offered[1].strip();
                }
            }
            CURRENT.set(new Handshake(token, first(headers, "Origin"), first(headers, "Host")));
        }

        @Override
        public String getNegotiatedSubprotocol(List<String> supported, List<String> requested) {
            return requested.stream().anyMatch(SUBPROTOCOL::equalsIgnoreCase) ? SUBPROTOCOL : "";
        }

        @Override
        public boolean checkOrigin(String origin) {
            // refused after opening, with the contract's close code, rather than with a bare 403 here
            return true;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getEndpointInstance(Class<T> type) {
            return (T) endpoints.get();
        }

        private static String first(Map<String, List<String>> headers, String name) {
            for (Map.Entry<String, List<String>> header : headers.entrySet()) {
                if (header.getKey().equalsIgnoreCase(name) && !header.getValue().isEmpty()) {
                    return String.join(",", header.getValue());
                }
            }
            return null;
        }
    }
}
