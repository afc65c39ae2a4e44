package io.gerbang.adapters.websocket;

import io.gerbang.application.port.in.session.PresentedToken;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerEndpointConfig;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What the upgrade request said that the socket needs: the bearer token (from {@code Authorization} or the
 * {@code bearer, <token>} subprotocol pair), the {@code Origin} and the {@code Host}. It travels from the
 * handshake to {@code onOpen} in the connection's own user properties: since Jakarta WebSocket 2.1 the
 * configuration given to {@code modifyHandshake} holds a copy of them for that connection alone, and the
 * same copy reaches {@code onOpen} (Tyrus 2.2's {@code ServerEndpointConfigWrapper}).
 */
record Handshake(String token, String origin, String host) {

    static final String SUBPROTOCOL = "bearer";
    private static final String PROPERTY = Handshake.class.getName();

    /** The handshake of the connection this configuration was made for; an empty one if none was recorded. */
    static Handshake of(EndpointConfig connection) {
        return connection.getUserProperties().get(PROPERTY) instanceof Handshake handshake
                ? handshake
                : new Handshake(null, null, null);
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
            String token = PresentedToken.fromAuthorization(first(headers, "Authorization"), false);
            String protocols = first(headers, "Sec-WebSocket-Protocol");
            if (token == null && protocols != null) {
                String[] offered = protocols.split(",");
                if (offered.length == 2 && offered[0].strip().equalsIgnoreCase(SUBPROTOCOL)) {
                    token = offered[1].strip();
                }
            }
            config.getUserProperties()
                    .put(PROPERTY, new Handshake(token, first(headers, "Origin"), first(headers, "Host")));
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
