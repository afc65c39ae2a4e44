package io.gerbang.application.service;

import io.gerbang.application.port.in.CleanUpExpiredSessions;
import io.gerbang.application.port.in.Principal;
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
