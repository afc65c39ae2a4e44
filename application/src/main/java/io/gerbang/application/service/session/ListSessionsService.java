package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.session.ListSessions;
import io.gerbang.application.port.in.session.SessionView;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.signin.RequestLimits;
import io.gerbang.domain.session.Session;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

public class ListSessionsService implements ListSessions {

    private final Sessions sessions;
    private final RequestLimits limits;
    private final Clock clock;

    public ListSessionsService(Sessions sessions, RequestLimits limits, Clock clock) {
        this.limits = limits;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public List<SessionView> sessionsOf(Principal caller) {
        limits.admitSessionCheck(caller);
        Instant now = clock.instant();
        return sessions.of(caller.tenant(), caller.user()).stream()
                .filter(session -> !session.expiredAt(now))
                .sorted(Comparator.comparing(Session::createdAt).reversed())
                .map(session -> new SessionView(
                        session.id(),
                        session.createdAt(),
                        session.lastUsedAt(),
                        session.expiresAt(),
                        session.client().userAgent(),
                        session.client().ip(),
                        session.client().app(),
                        session.id().equals(caller.session())))
                .toList();
    }
}
