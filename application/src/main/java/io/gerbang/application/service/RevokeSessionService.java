package io.gerbang.application.service;

import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.refusal.UnknownSession;
import io.gerbang.application.port.in.RevokeSession;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.SessionId;

public class RevokeSessionService implements RevokeSession {

    private final Sessions sessions;

    private final SecurityEvents events;

    public RevokeSessionService(Sessions sessions, SecurityEvents events) {
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    public void revoke(Principal caller, SessionId session) {
        // Somebody else's session is as absent as one that never was.
        boolean own = sessions.byId(session).filter(found -> found.belongsTo(caller.user())).isPresent();
        if (!own || !sessions.end(session)) {
            throw new UnknownSession();
        }
        events.record(Event.of(Kind.SESSION_REVOKED, caller.tenant(), caller.user()));
    }
}
