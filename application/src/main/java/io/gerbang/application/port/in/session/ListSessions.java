package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Principal;
import java.util.List;

/** The caller's live sessions, newest first. */
public interface ListSessions {

    List<SessionView> sessionsOf(Principal caller);
}
