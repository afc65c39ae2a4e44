package io.gerbang.domain.shared;

import io.gerbang.domain.client.ClientId;

/**
 * What a session records of the program that opened it: the client app it came through ({@code app}, whose
 * policies its refreshes follow), and what the client told about itself (informational, never trusted for
 * decisions).
 */
public record ClientInfo(String userAgent, String ip, ClientId app) {

    public static final int MAX_USER_AGENT = 512;
    public static final int MAX_IP = 64;

    public ClientInfo {
        userAgent = Text.printable(userAgent, MAX_USER_AGENT);
        ip = Text.printable(ip, MAX_IP);
        app = app == null ? ClientId.NATIVE : app;
    }

    /** Through the native API. */
    public ClientInfo(String userAgent, String ip) {
        this(userAgent, ip, ClientId.NATIVE);
    }

    public static ClientInfo unknown() {
        return new ClientInfo(null, null);
    }

    public ClientInfo through(ClientId client) {
        return new ClientInfo(userAgent, ip, client);
    }
}
