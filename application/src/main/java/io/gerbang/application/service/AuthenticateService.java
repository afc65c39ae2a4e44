package io.gerbang.application.service;

import io.gerbang.application.port.in.Authenticate;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Every call checks its token against the live session, so a logout takes effect at once. */
public class AuthenticateService implements Authenticate {

    /** How far ahead of our clock another node's may run. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

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
        Instant now = clock.instant();
        if (claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            // we never sign for the future: such a token was made elsewhere, or our clock jumped back
            throw new Refused(Refusal.TOKEN_INVALID);
        }
        // the session binds who (sub) and where (tid): a token re-signed with another tenant proves nothing
        if (!sessions.isLive(claims.session(), claims.user(), claims.tenant(), now)) {
            throw new Refused(Refusal.SESSION_REVOKED);
        }
        return new Principal(claims.user(), claims.tenant(), claims.session(), claims.tokenId(), claims.expiresAt());
    }
}
