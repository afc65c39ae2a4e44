package io.gerbang.adapters.persistence.signing;

import com.github.benmanes.caffeine.cache.Cache;
import io.gerbang.adapters.persistence.cache.NodeCaches;
import io.gerbang.adapters.persistence.secret.JwtSecret;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.signing.Issuers;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.security.Key;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import javax.crypto.SecretKey;

/**
 * Access tokens as JWTs (jjwt): ES256 under the tenant's current key ({@code kid} = the key's id), or, for a client
 * with {@code signing: shared-secret}, HS256 under that client's secret with its id as {@code kid}. The claims are
 * the contract's: iss (the tenant's issuer), aud (the client app), sub, tid, sid, jti, iat, exp, name, email,
 * unit_id, scope ({@code "tenant"} or {@code {"branches": [...], "units": [...]}}, see {@link Coverage}).
 *
 * <p>A token is checked with the key its header names, and believed only if that key is its issuer's: a tenant key
 * signs only for its tenant ({@code iss} and {@code tid} both name it), a client's secret only for that client and
 * its tenant. Tokens signed the old way, HS256 under the server's secret with no {@code kid} and {@code iss}
 * {@value #SERVER_SECRET_ISSUER}, are still read; whether one is believed is the application's rule
 * ({@code ServerSecretTokens}). Whether a tenant key is still trusted (not revoked, not gone) is also decided there.
 */
public class JwtAccessTokens implements AccessTokens {

    /** The issuer of tokens signed with the server's secret, before tenant keys. */
    public static final String SERVER_SECRET_ISSUER = "gerbang";

    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private final SecretKey serverSecret;
    private final JwtParser parser;
    private final Clock clock;
    private final Issuers issuers;
    private final KeyMaterial material;
    /**
     * Claims of tokens whose signature was already verified, keyed by the whole token text: the same text
     * has the same signature, so verifying it again proves nothing new. Expiry is still checked on every
     * read, and the key and session behind the token are checked by the caller on every call.
     */
    private final Cache<String, AccessClaims> verified =
            NodeCaches.bounded(100_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    /**
     * The signing keys of shared-secret clients, opened once: a client's renewed secret or its deletion evicts its
     * key on every node ({@link #forgetClientKey}, as the client's change is announced).
     */
    private final Cache<ClientId, SecretKey> clientKeys =
            NodeCaches.bounded(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();
    /** Tenant key pairs, opened once: what a key id names never changes (its trust is decided elsewhere). */
    private final Cache<KeyId, P256SigningKey> privateKeys =
            NodeCaches.bounded(10_000).build();

    private final Cache<KeyId, KeyMaterial.TenantKey> publicKeys =
            NodeCaches.bounded(100_000).build();
    private final SigningSecrets signingSecrets;

    public JwtAccessTokens(
            JwtSecret secret, SigningSecrets signingSecrets, KeyMaterial material, Issuers issuers, Clock clock) {
        this.serverSecret = Keys.hmacShaKeyFor(secret.bytes());
        this.signingSecrets = signingSecrets;
        this.material = material;
        this.issuers = issuers;
        this.clock = clock;
        this.parser = Jwts.parser()
                .keyLocator(this::keyOf)
                .provider(P256.PROVIDER)
                .clock(() -> Date.from(clock.instant()))
                .build();
    }

    @Override
    public AccessToken issue(AccessClaims claims) {
        Coverage coverage = claims.scope();
        Map<String, List<Long>> nodes = new LinkedHashMap<>();
        nodes.put("branches", coverage.branches().stream().map(BranchId::value).toList());
        nodes.put("units", coverage.units().stream().map(UnitId::value).toList());
        // the payload is written here, not by jjwt's claims builder, which leaves out a claim whose value is null:
        // unit_id (and a dialect's prodi_id) are there as null for a person without a home unit
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", issuers.of(claims.tenant()));
        payload.put("aud", claims.client().value());
        payload.put("sub", claims.user().toString());
        payload.put("jti", claims.tokenId());
        payload.put("iat", claims.issuedAt().getEpochSecond());
        payload.put("exp", claims.expiresAt().getEpochSecond());
        payload.put("tid", claims.tenant().value());
        payload.put("sid", claims.session().value());
        payload.put("name", claims.name().value());
        payload.put("email", claims.email());
        payload.put("unit_id", UnitId.valueOf(claims.unitId()));
        payload.put("scope", coverage.tenant() ? "tenant" : nodes);
        claims.dialectClaims().forEach(payload::putIfAbsent);
        byte[] content;
        try {
            content = JSON.writeValueAsBytes(payload);
        } catch (com.fasterxml.jackson.core.JsonProcessingException cannot) {
            throw new IllegalStateException("claims are JSON", cannot);
        }
        if (claims.sharedSecret()) {
            SecretKey clientKey = clientKey(claims.client())
                    .orElseThrow(() -> new IllegalStateException("a shared-secret client without its secret"));
            return new AccessToken(Jwts.builder()
                    .header()
                    .keyId(claims.client().value())
                    .type("JWT")
                    .and()
                    .content(content)
                    .signWith(clientKey, Jwts.SIG.HS256)
                    .compact());
        }
        if (claims.key() == null) {
            throw new IllegalStateException("a token to sign names no tenant key");
        }
        P256SigningKey signer = privateKeys.get(
                claims.key(),
                id -> material.privateKey(id).map(P256SigningKey::new).orElse(null));
        if (signer == null) {
            throw new IllegalStateException("the tenant key to sign with is not stored");
        }
        return new AccessToken(Jwts.builder()
                .provider(P256.PROVIDER)
                .header()
                .keyId(claims.key().value())
                .type("JWT")
                .and()
                .content(content)
                .signWith(signer, Jwts.SIG.ES256)
                .compact());
    }

    /**
     * The key a token's header names, for the algorithm it names and no other: ES256 and a tenant key's id, HS256
     * and a shared-secret client's id, or HS256 and no {@code kid} (the server's secret, before tenant keys).
     */
    private Key keyOf(io.jsonwebtoken.Header header) {
        if (!(header instanceof io.jsonwebtoken.ProtectedHeader signed)) {
            throw new io.jsonwebtoken.security.InvalidKeyException("unsigned");
        }
        String kid = signed.getKeyId();
        String algorithm = signed.getAlgorithm();
        if ("ES256".equals(algorithm) && KeyId.fits(kid)) {
            return tenantKey(new KeyId(kid))
                    .map(KeyMaterial.TenantKey::key)
                    .orElseThrow(() -> new io.jsonwebtoken.security.InvalidKeyException("no such key"));
        }
        if ("HS256".equals(algorithm) && kid == null) {
            return serverSecret;
        }
        if ("HS256".equals(algorithm) && ClientId.fits(kid)) {
            return clientKey(new ClientId(kid))
                    .orElseThrow(() -> new io.jsonwebtoken.security.InvalidKeyException("no such key"));
        }
        throw new io.jsonwebtoken.security.InvalidKeyException("no such key");
    }

    private java.util.Optional<KeyMaterial.TenantKey> tenantKey(KeyId id) {
        return java.util.Optional.ofNullable(
                publicKeys.get(id, key -> material.publicKey(key).orElse(null)));
    }

    /** A client changed (a new secret, a deletion): its key is read again when next needed. */
    public void forgetClientKey(ClientId client) {
        clientKeys.invalidate(client);
    }

    public void forgetClientKeys() {
        clientKeys.invalidateAll();
    }

    private java.util.Optional<SecretKey> clientKey(ClientId client) {
        return java.util.Optional.ofNullable(clientKeys.get(
                client,
                id -> signingSecrets
                        .keyOf(id)
                        .filter(bytes -> bytes.length >= 32)
                        .map(Keys::hmacShaKeyFor)
                        .orElse(null)));
    }

    @Override
    public Reading read(AccessToken presented) {
        String token = presented.value();
        if (token.length() > MAX_TOKEN_LENGTH) {
            return new Invalid();
        }
        AccessClaims known = verified.getIfPresent(token);
        if (known != null) {
            return clock.instant().isBefore(known.expiresAt()) ? new Valid(known) : new Expired(known);
        }
        try {
            io.jsonwebtoken.Jws<Claims> signed = parser.parseSignedClaims(token);
            java.util.Optional<AccessClaims> claims = claimsOf(signed.getPayload(), signed.getHeader());
            claims.ifPresent(genuine -> verified.put(token, genuine));
            return claims.<Reading>map(Valid::new).orElse(new Invalid());
        } catch (ExpiredJwtException expired) {
            // jjwt checked the signature before it looked at the expiry: these claims are genuine.
            if (!(expired.getHeader() instanceof io.jsonwebtoken.ProtectedHeader header)) {
                return new Invalid();
            }
            return claimsOf(expired.getClaims(), header)
                    .<Reading>map(Expired::new)
                    .orElse(new Invalid());
        } catch (JwtException | IllegalArgumentException notOurs) {
            return new Invalid();
        }
    }

    /**
     * The claims, if they hold together with what signed them: a tenant key's token names that tenant as issuer and
     * as {@code tid}; a client's secret signs only for that client ({@code aud}); the server's secret only tokens of
     * its own issuer, {@value #SERVER_SECRET_ISSUER}.
     */
    private java.util.Optional<AccessClaims> claimsOf(Claims claims, io.jsonwebtoken.ProtectedHeader header) {
        try {
            java.util.Set<String> audience = claims.getAudience();
            ClientId client = audience == null || audience.isEmpty()
                    ? ClientId.NATIVE
                    : new ClientId(audience.iterator().next());
            TenantId tenant = new TenantId(claims.get("tid", Number.class).longValue());
            String kid = header.getKeyId();
            String issuer = claims.getIssuer();
            KeyId tenantKey = null;
            boolean sharedSecret = false;
            if ("ES256".equals(header.getAlgorithm())) {
                tenantKey = new KeyId(kid);
                KeyMaterial.TenantKey key = tenantKey(tenantKey).orElseThrow();
                if (!key.tenant().equals(tenant) || !issuers.names(issuer, tenant)) {
                    return java.util.Optional.empty();
                }
            } else if (kid != null) {
                sharedSecret = true;
                if (!kid.equals(client.value())
                        || !issuers.names(issuer, tenant) && !SERVER_SECRET_ISSUER.equals(issuer)) {
                    return java.util.Optional.empty();
                }
            } else if (!SERVER_SECRET_ISSUER.equals(issuer)) {
                return java.util.Optional.empty();
            }
            String session = claims.get("sid", String.class);
            Number unit = claims.get("unit_id", Number.class);
            return java.util.Optional.of(new AccessClaims(
                    new UserId(Long.parseLong(claims.getSubject())),
                    tenant,
                    new SessionId(session),
                    claims.getId(),
                    claims.getIssuedAt().toInstant(),
                    claims.getExpiration().toInstant(),
                    new DisplayName(claims.get("name", String.class)),
                    claims.get("email", String.class),
                    unit == null ? null : new UnitId(unit.longValue()),
                    scopeOf(claims.get("scope")),
                    client,
                    sharedSecret,
                    Map.of(),
                    tenantKey));
        } catch (RuntimeException malformed) {
            return java.util.Optional.empty();
        }
    }

    private static Coverage scopeOf(Object claim) {
        if ("tenant".equals(claim)) {
            return Coverage.wholeTenant();
        }
        SortedSet<BranchId> branches = new TreeSet<>();
        SortedSet<UnitId> units = new TreeSet<>();
        if (claim instanceof Map<?, ?> nodes) {
            ids(nodes.get("branches")).forEach(id -> branches.add(new BranchId(id)));
            ids(nodes.get("units")).forEach(id -> units.add(new UnitId(id)));
        } else {
            // a token signed before scope named branches: a list of unit ids
            ids(claim).forEach(id -> units.add(new UnitId(id)));
        }
        return new Coverage(false, branches, units);
    }

    private static List<Long> ids(Object list) {
        List<Long> ids = new ArrayList<>();
        if (list instanceof Collection<?> numbers) {
            for (Object id : numbers) {
                ids.add(((Number) id).longValue());
            }
        }
        return ids;
    }
}
