package io.gerbang.application.service.session;

import io.gerbang.application.port.in.session.CheckLiveSessions;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.SessionRef;
import java.util.Set;

public class CheckLiveSessionsService implements CheckLiveSessions {

    private final Sessions sessions;

    public CheckLiveSessionsService(Sessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Set<SessionRef> liveAmong(Query query) {
        return sessions.liveAmong(query.sessions());
    }
}
