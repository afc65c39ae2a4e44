package io.gerbang.application.port.in.session;

import io.gerbang.application.port.in.refusal.NoAccessToken;

/**
 * A bearer access token as a client presents it (an {@code Authorization} header, a socket's handshake or
 * {@code auth} event): only {@link Authenticate} can tell whether it is a genuine one of ours. None at all, or
 * only blanks, is {@link NoAccessToken}. Never printed.
 */
public record PresentedToken(String value) {

    public PresentedToken {
        if (value == null || value.isBlank()) {
            throw new NoAccessToken();
        }
    }

    /**
     * The one reading of an {@code Authorization} header, for every door: {@code Bearer <token>} (the word in
     * any case, blanks around it and the token trimmed); with {@code bareToo}, also a header that is only a token
     * (seed 001's Socket.IO clients strip the word themselves). Null when the header holds no token.
     */
    public static String fromAuthorization(String header, boolean bareToo) {
        if (header == null) {
            return null;
        }
        String value = header.strip();
        if (value.length() >= 7 && value.regionMatches(true, 0, "Bearer ", 0, 7)) {
            String token = value.substring(7).strip();
            return token.isEmpty() ? null : token;
        }
        return bareToo && !value.isEmpty() && value.chars().noneMatch(Character::isWhitespace) ? value : null;
    }

    @Override
    public String toString() {
        return "PresentedToken[****]";
    }
}
