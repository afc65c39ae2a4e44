package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The session a token belongs to has ended (logged out, revoked, or its person changed). */
public final class SessionEnded extends Refused {

    public SessionEnded() {
        super("SessionEnded");
    }
}
