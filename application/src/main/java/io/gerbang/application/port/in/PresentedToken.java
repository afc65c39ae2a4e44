package io.gerbang.application.port.in;

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

    @Override
    public String toString() {
        return "PresentedToken[****]";
    }
}
