package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.session.CleanUpExpiredSessions;
import io.gerbang.application.port.out.Sessions;

public class CleanUpExpiredSessionsService implements CleanUpExpiredSessions {

    private final Sessions sessions;
    private final SessionGuard guard;

    public CleanUpExpiredSessionsService(Sessions sessions, SessionGuard guard) {
        this.sessions = sessions;
        this.guard = guard;
    }

    @Override
    public int cleanUp(Principal caller) {
        guard.ensureMayManageAll(caller);
        return sessions.removeExpired(caller.tenant());
    }
}
