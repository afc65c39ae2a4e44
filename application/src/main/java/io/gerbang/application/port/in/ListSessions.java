package io.gerbang.application.port.in;

import java.util.List;

/** The caller's live sessions, newest first. */
public interface ListSessions {

    List<SessionView> sessionsOf(Principal caller);
}
