package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Principal;

/** Drops what expired sessions left behind in the caller's tenant (auth.sessions.manage). */
public interface CleanUpExpiredSessions {

    int cleanUp(Principal caller);
}
