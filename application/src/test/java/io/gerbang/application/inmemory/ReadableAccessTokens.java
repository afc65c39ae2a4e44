package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.domain.session.AccessToken;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens that stand for claims kept here, valid until they expire on the test's clock: what a signed token
 * proves, without the signing (the adapter's own tests prove that).
 */
public final class ReadableAccessTokens implements AccessTokens {

    private final Map<AccessToken, AccessClaims> issued = new ConcurrentHashMap<>();
    private final Clock clock;

    public ReadableAccessTokens(Clock clock) {
        this.clock = clock;
    }

    @Override
    public AccessToken issue(AccessClaims claims) {
        AccessToken token = new AccessToken("access-" + claims.tokenId());
        issued.put(token, claims);
        return token;
    }

    @Override
    public Reading read(AccessToken token) {
        AccessClaims claims = token == null ? null : issued.get(token);
        if (claims == null) {
            return new Invalid();
        }
        return clock.instant().isBefore(claims.expiresAt()) ? new Valid(claims) : new Expired(claims);
    }

    /** What the token says, for a test's assertions. */
    public AccessClaims claimsOf(AccessToken token) {
        return issued.get(token);
    }
}
