package io.gerbang.application.service;

import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.in.LogOut;
import io.gerbang.application.port.in.refusal.AccessTokenInvalid;
import io.gerbang.application.port.in.refusal.RefreshTokenInvalid;
import io.gerbang.domain.shared.Refused;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionRef;
import java.util.function.Supplier;

public class LogOutService implements LogOut {

    private final Sessions sessions;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final SessionGuard guard;
    private final SecurityEvents events;

    public LogOutService(Sessions sessions, RefreshTokens refreshTokens, AccessTokens accessTokens, SessionGuard guard,
                         SecurityEvents events) {
        this.events = events;
        this.sessions = sessions;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.guard = guard;
    }

    @Override
    public int logOut(Command command) {
        if (command instanceof WithRefreshToken byRefresh) {
            return endOrRefuse(refreshTokens.hashOf(byRefresh.refreshToken()).flatMap(sessions::holding)
                    .map(Session::ref).orElse(null), RefreshTokenInvalid::new);
        }
        if (command instanceof WithAccessToken byAccess) {
            SessionRef session = AccessTokens.genuine(accessTokens.read(byAccess.accessToken()))
                    .map(AccessClaims::sessionRef)
                    .orElseThrow(AccessTokenInvalid::new);
            return endOrRefuse(session, SessionEnded::new);
        }
        if (command instanceof AllSessionsOf all) {
            guard.ensureMayOversee(all.caller(), all.user());
            int ended = sessions.endAllOf(all.caller().tenant(), all.user(), null);
            events.record(new Event(Kind.SESSIONS_ENDED, all.caller().tenant(), all.user(), "all:" + ended));
            return ended;
        }
        return endOrRefuse(((CurrentSession) command).caller().sessionRef(), SessionEnded::new);
    }

    private int endOrRefuse(SessionRef session, Supplier<Refused> otherwise) {
        if (session == null || !sessions.end(session)) {
            throw otherwise.get();
        }
        return 1;
    }
}
