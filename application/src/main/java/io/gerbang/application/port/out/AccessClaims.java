package io.gerbang.application.port.out;

import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an access token says; {@code scope} names the nodes the person's assignments cover.
 *
 * @param client       the client app the session came through: the token's audience
 * @param sharedSecret signed with that client's own secret ({@code signing: shared-secret}), not the server's key
 * @param dialectClaims what a dialect's verifiers read besides Gerbang's own claims, in order (values may be null)
 * @param key          the tenant key that signs (or signed) the token; null for a shared-secret client's token and for
 *                     one signed the old way, with the server's secret ({@code ServerSecretTokens})
 */
public record AccessClaims(
        UserId user,
        TenantId tenant,
        SessionId session,
        String tokenId,
        Instant issuedAt,
        Instant expiresAt,
        DisplayName name,
        String email,
        UnitId unitId,
        Coverage scope,
        ClientId client,
        boolean sharedSecret,
        Map<String, Object> dialectClaims,
        KeyId key) {

    public AccessClaims {
        Objects.requireNonNull(client, "client");
        dialectClaims =
                dialectClaims == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(dialectClaims));
    }

    /** A token of the native API. */
    public AccessClaims(
            UserId user,
            TenantId tenant,
            SessionId session,
            String tokenId,
            Instant issuedAt,
            Instant expiresAt,
            DisplayName name,
            String email,
            UnitId unitId,
            Coverage scope) {
        this(
                user,
                tenant,
                session,
                tokenId,
                issuedAt,
                expiresAt,
                name,
                email,
                unitId,
                scope,
                ClientId.NATIVE,
                false,
                Map.of(),
                null);
    }

    /** The same claims, signed by the tenant key {@code signer}. */
    public AccessClaims signedBy(KeyId signer) {
        return new AccessClaims(
                user,
                tenant,
                session,
                tokenId,
                issuedAt,
                expiresAt,
                name,
                email,
                unitId,
                scope,
                client,
                sharedSecret,
                dialectClaims,
                signer);
    }

    /** Signed the old way, with the server's secret: neither a tenant key nor a client's secret. */
    public boolean signedWithServerSecret() {
        return key == null && !sharedSecret;
    }

    /** The session the token belongs to, with its owner. */
    public SessionRef sessionRef() {
        return new SessionRef(tenant, user, session);
    }
}
