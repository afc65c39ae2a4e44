package io.gerbang.application.service.token;

import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.RefreshVerdict;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * The live session a token presented at a tenant's standard endpoints stands for: an access token with a genuine
 * signature by a trusted key, unexpired, or the current refresh token of a session (an earlier one of its family
 * stands for nothing here). A token of another tenant stands for nothing at this tenant's endpoints.
 */
public class TokenHolders {

    private final AccessTokens accessTokens;
    private final RefreshTokens refreshTokens;
    private final Sessions sessions;
    private final TenantKeys keys;
    private final Clock clock;

    public TokenHolders(
            AccessTokens accessTokens, RefreshTokens refreshTokens, Sessions sessions, TenantKeys keys, Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.sessions = sessions;
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * @param access  the access token's claims; null when the token is a refresh token
     * @param session the session, read for a refresh token; null for an access token (its claims say enough)
     */
    public record Holder(SessionRef ref, ClientId client, AccessClaims access, Session session) {}

    public Optional<Holder> holderOf(String token, TenantId tenant) {
        if (token == null || token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (accessTokens.read(new AccessToken(token)) instanceof AccessTokens.Valid valid) {
            AccessClaims claims = valid.claims();
            if (!claims.tenant().equals(tenant) || !keys.trusts(claims)) {
                return Optional.empty();
            }
            return sessions.isLive(claims.sessionRef(), now)
                    ? Optional.of(new Holder(claims.sessionRef(), claims.client(), claims, null))
                    : Optional.empty();
        }
        return refreshTokens
                .hashOf(new RefreshToken(token))
                .flatMap(hash -> sessions.holding(hash)
                        .filter(session -> session.tenant().equals(tenant))
                        .filter(session -> session.judge(hash, now, java.time.Duration.ZERO) == RefreshVerdict.ROTATE))
                .map(session -> new Holder(session.ref(), session.client().app(), null, session));
    }
}
