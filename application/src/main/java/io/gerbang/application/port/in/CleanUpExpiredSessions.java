package io.gerbang.application.port.in;

/** Drops what expired sessions left behind in the caller's tenant (auth.sessions.manage). */
public interface CleanUpExpiredSessions {

    int cleanUp(Principal caller);
}
