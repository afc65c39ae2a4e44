package io.gerbang.application.port.in;

import java.util.Objects;

/** Trades the current refresh token of a session for a new pair. */
public interface RefreshSession {

    TokenPair refresh(Command command);

    record Command(String refreshToken) {
        public Command {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }

        @Override
        public String toString() {
            return "RefreshSession.Command[****]";
        }
    }
}
