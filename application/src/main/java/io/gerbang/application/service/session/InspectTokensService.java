package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.session.InspectTokens;
import io.gerbang.application.port.in.session.TokenInventory;
import io.gerbang.application.port.in.session.TokenInventory.AccessTokenEntry;
import io.gerbang.application.port.in.session.TokenInventory.RefreshTokenEntry;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.signin.RequestLimits;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public class InspectTokensService implements InspectTokens {

    private final Sessions sessions;
    private final SessionGuard guard;
    private final RequestLimits limits;
    private final Clock clock;

    public InspectTokensService(Sessions sessions, SessionGuard guard, RequestLimits limits, Clock clock) {
        this.limits = limits;
        this.sessions = sessions;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public TokenInventory inspect(Query query) {
        Principal caller = query.caller();
        UserId user = query.user();
        limits.admitSessionCheck(caller);
        guard.ensureMayOversee(caller, user);
        return inventoryOf(sessions, caller.tenant(), user, clock.instant());
    }

    static TokenInventory inventoryOf(Sessions sessions, TenantId tenant, UserId user, Instant now) {
        List<AccessTokenEntry> access = new ArrayList<>();
        List<RefreshTokenEntry> refresh = new ArrayList<>();
        List<Session> live = sessions.of(tenant, user).stream()
                .filter(session -> !session.expiredAt(now))
                .sorted(Comparator.comparing(Session::createdAt))
                .toList();
        for (Session session : live) {
            if (session.access().liveAt(now)) {
                access.add(new AccessTokenEntry(
                        session.access().tokenId(),
                        session.access().expiresAt(),
                        session.client().userAgent(),
                        session.client().ip()));
            }
            Instant issued = session.rotatedAt() == null ? session.createdAt() : session.rotatedAt();
            refresh.add(new RefreshTokenEntry(session.current().tokenId(), session.id(), issued, session.expiresAt()));
        }
        return new TokenInventory(access, refresh);
    }
}
