package io.gerbang.domain.shared;

/** What a client told us about itself when it signed in: informational, never trusted for decisions. */
public record ClientInfo(String userAgent, String ip) {

    public static final int MAX_USER_AGENT = 512;
    public static final int MAX_IP = 64;

    public ClientInfo {
        userAgent = Text.printable(userAgent, MAX_USER_AGENT);
        ip = Text.printable(ip, MAX_IP);
    }

    public static ClientInfo unknown() {
        return new ClientInfo(null, null);
    }
}
