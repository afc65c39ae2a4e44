package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.Principal;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/** Ends one session, or every session of a user. */
public interface LogOut {

    /** How many sessions ended. */
    int logOut(Command command);

    sealed interface Command {}

    /** The session whose current refresh token this is. */
    record WithRefreshToken(RefreshToken refreshToken) implements Command {
        public WithRefreshToken {
            Objects.requireNonNull(refreshToken, "refreshToken");
        }
    }

    /** The session an access token belongs to; an expired but genuine token still names its session. */
    record WithAccessToken(AccessToken accessToken) implements Command {
        public WithAccessToken {
            Objects.requireNonNull(accessToken, "accessToken");
        }
    }

    /** Every session of a user: the caller's own, or anyone's with auth.sessions.manage (or the operator). */
    record AllSessionsOf(Caller caller, UserId user) implements Command {
        public AllSessionsOf {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
        }
    }

    /** The caller's own session. */
    record CurrentSession(Principal caller) implements Command {
        public CurrentSession {
            Objects.requireNonNull(caller, "caller");
        }
    }
}
