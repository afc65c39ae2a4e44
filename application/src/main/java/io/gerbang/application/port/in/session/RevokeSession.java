package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.session.SessionId;
import java.util.Objects;

/** Ends one of the caller's own sessions. */
public interface RevokeSession {

    void revoke(Command query);

    record Command(Principal caller, SessionId session) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(session, "session");
        }
    }
}
