package io.gerbang.application.port.in;

import io.gerbang.domain.session.SessionRef;
import java.util.Collection;
import java.util.Set;

/** Which of these sessions are still live: a socket whose session ended (logout, revocation) must close. */
public interface CheckLiveSessions {

    Set<SessionRef> liveAmong(Collection<SessionRef> sessions);
}
