package io.gerbang.application.service;

import io.gerbang.domain.access.Coverage;
import io.gerbang.application.port.in.TokenPair;
import io.gerbang.application.port.in.UserProfile;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.Identifiers;
import io.gerbang.domain.session.IssuedAccessToken;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;

/** Issues access tokens that say what the profile says, and pairs them with refresh tokens. */
public class TokenMint {

    private final AccessTokens accessTokens;
    private final Identifiers identifiers;
    private final SessionSettings settings;

    public TokenMint(AccessTokens accessTokens, Identifiers identifiers, SessionSettings settings) {
        this.accessTokens = accessTokens;
        this.identifiers = identifiers;
        this.settings = settings;
    }

    public Issued issue(UserProfile profile, SessionId session, Instant now) {
        User user = profile.user();
        // JWT times are whole seconds; the session records the same expiry the token carries.
        Instant issuedAt = now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Instant expiresAt = issuedAt.plus(settings.accessTtl());
        AccessClaims claims = new AccessClaims(user.id(), user.tenant(), session, identifiers.newTokenId(), issuedAt,
                expiresAt, user.name(), user.email().value(), user.unitId(), Coverage.of(profile.assignments()));
        return new Issued(accessTokens.issue(claims), new IssuedAccessToken(claims.tokenId(), expiresAt));
    }

    public TokenPair pair(String accessToken, IssuedAccessToken issued, String refreshToken, UserId user, Instant now) {
        // Rounded up: a token issued this second for 900 s says 900, not 899.
        long expiresIn = Math.max(0, (Duration.between(now, issued.expiresAt()).toMillis() + 999) / 1000);
        return new TokenPair(accessToken, refreshToken, expiresIn, issued.expiresAt(), user);
    }

    public record Issued(String token, IssuedAccessToken issued) {
        @Override
        public String toString() {
            return "Issued[" + issued.tokenId() + "]";
        }
    }
}
