package io.gerbang.application.service.session;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.AccessTokenExpired;
import io.gerbang.application.port.in.refusal.AccessTokenInvalid;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.session.Authenticate;
import io.gerbang.application.port.in.session.PresentedToken;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.service.token.TenantKeys;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.AccessToken;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Every call checks what signed its token (a revoked key is refused at once, see {@link TenantKeys}), then the live
 * session, so a logout takes effect at once, and its client app: a deleted client's sessions are over at once (its
 * client is read from memory, evicted on every node when it changes).
 */
public class AuthenticateService implements Authenticate {

    /** How far ahead of our clock another node's may run. */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

    private final AccessTokens accessTokens;
    private final Sessions sessions;
    private final SessionClients clients;
    private final TenantKeys keys;
    private final Clock clock;

    public AuthenticateService(
            AccessTokens accessTokens, Sessions sessions, SessionClients clients, TenantKeys keys, Clock clock) {
        this.keys = keys;
        this.clients = clients;
        this.accessTokens = accessTokens;
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public Principal authenticate(PresentedToken accessToken, ClientId door) {
        AccessTokens.Reading reading = accessTokens.read(new AccessToken(accessToken.value()));
        if (reading instanceof AccessTokens.Expired) {
            throw new AccessTokenExpired();
        }
        if (!(reading instanceof AccessTokens.Valid valid)) {
            throw new AccessTokenInvalid();
        }
        AccessClaims claims = valid.claims();
        if (!keys.trusts(claims)) {
            // a revoked key's, a key gone past its tokens' lives, or one signed the old way after the upgrade
            throw new AccessTokenInvalid();
        }
        Instant now = clock.instant();
        if (claims.issuedAt().isAfter(now.plus(CLOCK_SKEW))) {
            // we never sign for the future: such a token was made elsewhere, or our clock jumped back
            throw new AccessTokenInvalid();
        }
        if (claims.sharedSecret() && !claims.client().equals(door)) {
            // whoever verifies a client's tokens holds its secret and could sign one: good at that client's doors only
            throw new AccessTokenInvalid();
        }
        if (!ClientId.NATIVE.equals(claims.client())) {
            ClientApp client = clients.of(claims.client()).orElseThrow(SessionEnded::new);
            if (claims.sharedSecret() && !client.tenant().equals(claims.tenant())) {
                throw new AccessTokenInvalid();
            }
        }
        // the session binds who (sub) and where (tid): a token re-signed with another tenant proves nothing
        if (!sessions.isLive(claims.sessionRef(), now)) {
            throw new SessionEnded();
        }
        return new Principal(
                claims.user(),
                claims.tenant(),
                claims.session(),
                claims.tokenId(),
                claims.expiresAt(),
                claims.client());
    }
}
