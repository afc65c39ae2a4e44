package io.gerbang.application.service;

import io.gerbang.application.port.in.Authenticate;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.Sessions;
import java.time.Clock;

/** Every call checks its token against the live session, so a logout takes effect at once. */
public class AuthenticateService implements Authenticate {

    private final AccessTokens accessTokens;
    private final Sessions sessions;
    private final Clock clock;

    public AuthenticateService(AccessTokens accessTokens, Sessions sessions, Clock clock) {
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Principal authenticate(String accessToken) {
        if (accessToken == null || accessToken.isBlank()) {
            throw new Refused(Refusal.TOKEN_MISSING);
        }
        AccessTokens.Reading reading = accessTokens.read(accessToken);
        if (reading instanceof AccessTokens.Expired) {
            throw new Refused(Refusal.TOKEN_EXPIRED);
        }
        if (!(reading instanceof AccessTokens.Valid valid)) {
            throw new Refused(Refusal.TOKEN_INVALID);
        }
        AccessClaims claims = valid.claims();
        if (!sessions.isLive(claims.session(), claims.user(), clock.instant())) {
            throw new Refused(Refusal.SESSION_REVOKED);
        }
        return new Principal(claims.user(), claims.tenant(), claims.session(), claims.tokenId(), claims.expiresAt());
    }
}
