package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.session.CountSessions;
import io.gerbang.application.port.in.session.TokenInventory;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.signin.RequestLimits;
import io.gerbang.domain.user.UserId;
import java.time.Clock;

public class CountSessionsService implements CountSessions {

    private final Sessions sessions;
    private final SessionGuard guard;
    private final RequestLimits limits;
    private final Clock clock;

    public CountSessionsService(Sessions sessions, SessionGuard guard, RequestLimits limits, Clock clock) {
        this.limits = limits;
        this.sessions = sessions;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public SessionCount count(Query query) {
        Principal caller = query.caller();
        UserId user = query.user();
        limits.admitSessionCheck(caller);
        guard.ensureMayOversee(caller, user);
        TokenInventory inventory = InspectTokensService.inventoryOf(sessions, caller.tenant(), user, clock.instant());
        int sessionsLive = inventory.refreshTokens().size();
        return new SessionCount(user, inventory.accessTokens().size(), sessionsLive, sessionsLive);
    }
}
