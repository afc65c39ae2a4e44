package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.UnknownSession;
import io.gerbang.application.port.in.session.RevokeSession;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;

public class RevokeSessionService implements RevokeSession {

    private final Sessions sessions;

    private final SecurityEvents events;

    public RevokeSessionService(Sessions sessions, SecurityEvents events) {
        this.sessions = sessions;
        this.events = events;
    }

    @Override
    public void revoke(Command query) {
        Principal caller = query.caller();
        SessionId session = query.session();
        // Only the caller's own sessions are looked for: somebody else's is as absent as one that never was.
        if (!sessions.end(new SessionRef(caller.tenant(), caller.user(), session))) {
            throw new UnknownSession();
        }
        events.record(Event.of(Kind.SESSIONS_ENDED, caller.tenant(), caller.user()));
    }
}
