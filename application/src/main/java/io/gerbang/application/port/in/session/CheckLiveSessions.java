package io.gerbang.application.port.in.session;

import io.gerbang.domain.session.SessionRef;
import java.util.Set;

/** Which of these sessions are still live: a socket whose session ended (logout, revocation) must close. */
public interface CheckLiveSessions {

    Set<SessionRef> liveAmong(Query query);

    /** The sessions the open sockets of one node stand on, each once. */
    record Query(Set<SessionRef> sessions) {
        public Query {
            sessions = Set.copyOf(sessions);
        }
    }
}
