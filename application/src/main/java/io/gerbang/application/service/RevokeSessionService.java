package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.in.RevokeSession;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.SessionId;

public class RevokeSessionService implements RevokeSession {

    private final Sessions sessions;

    public RevokeSessionService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void revoke(Principal caller, SessionId session) {
        // Somebody else's session is as absent as one that never was.
        boolean own = sessions.byId(session).filter(found -> found.belongsTo(caller.user())).isPresent();
        if (!own || !sessions.end(session)) {
            throw new Refused(Refusal.NOT_FOUND);
        }
    }
}
