package io.gerbang.application.port.in;

import io.gerbang.domain.session.SessionId;

/** Ends one of the caller's own sessions. */
public interface RevokeSession {

    void revoke(Principal caller, SessionId session);
}
