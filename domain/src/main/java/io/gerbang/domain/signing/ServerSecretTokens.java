package io.gerbang.domain.signing;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Tokens signed the old way, HS256 under the server's {@code GERBANG_JWT_SECRET}, by a node of a version before
 * tenant keys. After an upgrade they stay good until they expire, so nobody is signed out by it; the rule keeps
 * that window closed behind them: such a token is believed only if it was issued before this database's first
 * tenant key was made (or within {@link #ROLLING_UPGRADE} of it, while older nodes still run beside new ones) and
 * lives at most {@link #LONGEST_LIFE}. From a day after the upgrade on, no such token is believed, and the secret
 * signs nothing any verifier needs.
 */
public final class ServerSecretTokens {

    /** How long older nodes may go on signing the old way beside upgraded ones. */
    public static final Duration ROLLING_UPGRADE = Duration.ofHours(1);
    /** The longest an access token could live before tenant keys (a client's longest {@code access_ttl}). */
    public static final Duration LONGEST_LIFE = io.gerbang.domain.client.ClientApp.LONGEST_ACCESS_TTL;

    private ServerSecretTokens() {}

    /**
     * @param tenantKeysSince when this database's first tenant key was made; empty while none was: nothing but the
     *                        server's secret has signed yet
     */
    public static boolean believed(Instant issuedAt, Instant expiresAt, Optional<Instant> tenantKeysSince) {
        if (Duration.between(issuedAt, expiresAt).compareTo(LONGEST_LIFE) > 0) {
            return false;
        }
        return tenantKeysSince
                .map(since -> !issuedAt.isAfter(since.plus(ROLLING_UPGRADE)))
                .orElse(true);
    }
}
