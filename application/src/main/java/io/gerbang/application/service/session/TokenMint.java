package io.gerbang.application.service.session;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.application.service.token.TenantKeys;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.Dialect;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.IssuedAccessToken;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Issues access tokens that say what the profile says, and pairs them with refresh tokens. */
public class TokenMint {

    private final AccessTokens accessTokens;
    private final Identifiers identifiers;
    private final SessionSettings settings;
    private final TenantKeys keys;

    public TokenMint(AccessTokens accessTokens, Identifiers identifiers, SessionSettings settings, TenantKeys keys) {
        this.keys = keys;
        this.accessTokens = accessTokens;
        this.identifiers = identifiers;
        this.settings = settings;
    }

    /** An access token of a session opened through {@code client}, for as long as that client's tokens live. */
    public Issued issue(UserProfile profile, SessionId session, Instant now, ClientApp client) {
        User user = profile.user();
        // JWT times are whole seconds; the session records the same expiry the token carries.
        Instant issuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(client.accessTtlOr(settings.accessTtl()));
        AccessClaims claims = new AccessClaims(
                user.id(),
                user.tenant(),
                session,
                identifiers.newTokenId(),
                issuedAt,
                expiresAt,
                user.name(),
                user.email().value(),
                user.unitId(),
                Coverage.of(profile.assignments()),
                client.id(),
                client.signsWithSharedSecret(),
                dialectClaims(profile, client),
                null);
        if (!claims.sharedSecret()) {
            claims = claims.signedBy(keys.signerFor(user.tenant()));
        }
        return new Issued(accessTokens.issue(claims), new IssuedAccessToken(claims.tokenId(), expiresAt));
    }

    /**
     * What a campus app's own middleware reads from the token (seed 002 signed these itself): {@code userId},
     * {@code username}, {@code role} (the client's word for the person's role), {@code subRole} (the Gerbang role
     * it stands for) and {@code prodi_id} (the code of the home unit), each present, null when there is none.
     */
    private static Map<String, Object> dialectClaims(UserProfile profile, ClientApp client) {
        if (client.dialect() != Dialect.CAMPUS) {
            return Map.of();
        }
        Optional<ClientApp.RoleWord> role = client.roleWordFor(profile.roleNames());
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("userId", profile.user().id().toString());
        claims.put("username", profile.user().identity().value());
        claims.put("role", role.map(ClientApp.RoleWord::word).orElse(null));
        claims.put("subRole", role.map(ClientApp.RoleWord::from).orElse(null));
        claims.put(
                "prodi_id",
                profile.homeUnitCode() == null ? null : profile.homeUnitCode().value());
        return claims;
    }

    public TokenPair pair(
            AccessToken accessToken, IssuedAccessToken issued, RefreshToken refreshToken, UserId user, Instant now) {
        // Rounded up: a token issued this second for 900 s says 900, not 899.
        long expiresIn = Math.max(0, (Duration.between(now, issued.expiresAt()).toMillis() + 999) / 1000);
        return new TokenPair(accessToken, refreshToken, expiresIn, issued.expiresAt(), user);
    }

    public record Issued(AccessToken token, IssuedAccessToken issued) {
        @Override
        public String toString() {
            return "Issued[" + issued.tokenId() + "]";
        }
    }
}
