package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.AccessTokenInvalid;
import io.gerbang.application.port.in.refusal.RefreshTokenInvalid;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.token.TenantKeys;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.shared.Refused;
import java.util.function.Supplier;

public class LogOutService implements LogOut {

    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final SessionGuard guard;
    private final SecurityEvents events;
    private final SessionClients clients;

    private final TenantKeys keys;

    public LogOutService(
            Sessions sessions,
            RefreshTokens refreshTokens,
            AccessTokens accessTokens,
            SessionGuard guard,
            SecurityEvents events,
            SessionClients clients,
            TenantKeys keys) {
        this.keys = keys;
        this.clients = clients;
        this.events = events;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.guard = guard;
    }

    @Override
    public int logOut(Command command) {
        if (command instanceof WithRefreshToken byRefresh) {
            Session session = refreshTokens
                    .hashOf(byRefresh.refreshToken())
                    .flatMap(sessions::holding)
                    .orElse(null);
            return session == null
                    ? endOrRefuse(null, RefreshTokenInvalid::new)
                    : endAsTheClientSays(session.ref(), session.client().app(), RefreshTokenInvalid::new);
        }
        if (command instanceof WithAccessToken byAccess) {
            AccessClaims claims = AccessTokens.genuine(accessTokens.read(byAccess.accessToken()))
                    .filter(keys::trusts)
                    .orElseThrow(AccessTokenInvalid::new);
            return endAsTheClientSays(claims.sessionRef(), claims.client(), SessionEnded::new);
        }
        if (command instanceof AllSessionsOf all) {
            guard.ensureMayOversee(all.caller(), all.user());
            int ended = sessions.endAllOf(all.caller().tenant(), all.user(), null);
            events.record(new Event(Kind.SESSIONS_ENDED, all.caller().tenant(), all.user(), "all:" + ended));
            return ended;
        }
        Principal caller = ((CurrentSession) command).caller();
        return endAsTheClientSays(caller.sessionRef(), caller.client(), SessionEnded::new);
    }

    /** That session, or, for a client with {@code logout: everywhere}, every session of its person. */
    private int endAsTheClientSays(SessionRef session, ClientId client, Supplier<Refused> otherwise) {
        boolean everywhere =
                clients.of(client).map(ClientApp::logsOutEverywhere).orElse(false);
        if (!everywhere) {
            return endOrRefuse(session, otherwise);
        }
        if (sessions.byId(session).isEmpty()) {
            throw otherwise.get();
        }
        int ended = sessions.endAllOf(session.tenant(), session.user(), null);
        events.record(new Event(Kind.SESSIONS_ENDED, session.tenant(), session.user(), "all:" + ended));
        return ended;
    }

    private int endOrRefuse(SessionRef session, Supplier<Refused> otherwise) {
        if (session == null || !sessions.end(session)) {
            throw otherwise.get();
        }
        return 1;
    }
}
