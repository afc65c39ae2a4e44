package io.gerbang.adapters.persistence.token;

import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.access.UnitId;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.ExpiredJwtException;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.security.Key;
import javax.crypto.SecretKey;

/**
 * Access tokens as HS256 JWTs (jjwt), under the server's key or, for a client with {@code signing:
 * shared-secret}, under that client's secret with its id as {@code kid}. The claims are the contract's: iss, aud
 * (the client app), sub, tid, sid, jti, iat, exp, name, email, unit_id, scope ({@code "tenant"} or
 * {@code {"branches": [...], "units": [...]}}, see {@link Coverage}).
 */
public class JwtAccessTokens implements AccessTokens {

    public static final String ISSUER = "gerbang";
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final int MAX_TOKEN_LENGTH = 8 * 1024;

    private final SecretKey key;
    private final JwtParser parser;
    private final Clock clock;
    /**
     * Claims of tokens whose signature was already verified, keyed by the whole token text: the same text
     * has the same signature, so verifying it again proves nothing new. Expiry is still checked on every
     * read, and the session behind the token is checked by the caller on every call.
     */
    private final Cache<String, AccessClaims> verified = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();

    /**
     * The signing keys of shared-secret clients, opened once: a client's renewed secret or its deletion evicts its
     * key on every node ({@link #forgetClientKey}, as the client's change is announced).
     */
    private final Cache<ClientId, SecretKey> clientKeys = Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
            .build();
    private final SigningSecrets signingSecrets;

    public JwtAccessTokens(JwtSecret secret, SigningSecrets signingSecrets, Clock clock) {
        this.key = Keys.hmacShaKeyFor(secret.bytes());
        this.signingSecrets = signingSecrets;
        this.clock = clock;
        this.parser = Jwts.parser().keyLocator(this::keyOf).requireIssuer(ISSUER)
                .clock(() -> Date.from(clock.instant())).build();
    }

    @Override
    public String issue(AccessClaims claims) {
        Coverage coverage = claims.scope();
        Map<String, List<Long>> nodes = new LinkedHashMap<>();
        nodes.put("branches", coverage.branches().stream().map(BranchId::value).toList());
        nodes.put("units", coverage.units().stream().map(UnitId::value).toList());
        // the payload is written here, not by jjwt's claims builder, which leaves out a claim whose value is null:
        // unit_id (and a dialect's prodi_id) are there as null for a person without a home unit
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("iss", ISSUER);
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
            return Jwts.builder().header().keyId(claims.client().value()).type("JWT").and()
                    .content(content).signWith(clientKey, Jwts.SIG.HS256).compact();
        }
        return Jwts.builder().header().type("JWT").and().content(content).signWith(key, Jwts.SIG.HS256).compact();
    }

    /** The key a token's header names: a shared-secret client's ({@code kid} = its id), else the server's. */
    private Key keyOf(io.jsonwebtoken.Header header) {
        if (header instanceof io.jsonwebtoken.ProtectedHeader protectedHeader && protectedHeader.getKeyId() != null) {
            String kid = protectedHeader.getKeyId();
            if (!ClientId.fits(kid)) {
                throw new io.jsonwebtoken.security.InvalidKeyException("no such key");
            }
            return clientKey(new ClientId(kid))
                    .orElseThrow(() -> new io.jsonwebtoken.security.InvalidKeyException("no such key"));
        }
        return key;
    }

    /** A client changed (a new secret, a deletion): its key is read again when next needed. */
    public void forgetClientKey(ClientId client) {
        clientKeys.invalidate(client);
    }

    public void forgetClientKeys() {
        clientKeys.invalidateAll();
    }

    private java.util.Optional<SecretKey> clientKey(ClientId client) {
        return java.util.Optional.ofNullable(clientKeys.get(client, id -> signingSecrets.keyOf(id)
                .filter(bytes -> bytes.length >= 32).map(Keys::hmacShaKeyFor).orElse(null)));
    }

    @Override
    public Reading read(String token) {
        if (token == null || token.length() > MAX_TOKEN_LENGTH) {
            return new Invalid();
        }
        AccessClaims known = verified.getIfPresent(token);
        if (known != null) {
            return clock.instant().isBefore(known.expiresAt()) ? new Valid(known) : new Expired(known);
        }
        try {
            io.jsonwebtoken.Jws<Claims> signed = parser.parseSignedClaims(token);
            java.util.Optional<AccessClaims> claims = claimsOf(signed.getPayload(), signed.getHeader().getKeyId());
            claims.ifPresent(genuine -> verified.put(token, genuine));
            return claims.<Reading>map(Valid::new).orElse(new Invalid());
        } catch (ExpiredJwtException expired) {
            // jjwt checked the signature before it looked at the expiry: these claims are genuine.
            String kid = expired.getHeader() instanceof io.jsonwebtoken.ProtectedHeader protectedHeader
                    ? protectedHeader.getKeyId() : null;
            return claimsOf(expired.getClaims(), kid).<Reading>map(Expired::new).orElse(new Invalid());
        } catch (JwtException | IllegalArgumentException notOurs) {
            return new Invalid();
        }
    }

    /** The claims, if they hold together; {@code kid}: the shared-secret client that signed them, if one did. */
    private static java.util.Optional<AccessClaims> claimsOf(Claims claims, String kid) {
        try {
            java.util.Set<String> audience = claims.getAudience();
            ClientId client = audience == null || audience.isEmpty() ? ClientId.NATIVE
                    : new ClientId(audience.iterator().next());
            if (kid != null && !kid.equals(client.value())) {
                // a client's secret signs only for that client
                return java.util.Optional.empty();
            }
            Number tenant = claims.get("tid", Number.class);
            String session = claims.get("sid", String.class);
            Number unit = claims.get("unit_id", Number.class);
            return java.util.Optional.of(new AccessClaims(
                    new UserId(Long.parseLong(claims.getSubject())),
                    new TenantId(tenant.longValue()),
                    new SessionId(session),
                    claims.getId(),
                    claims.getIssuedAt().toInstant(),
                    claims.getExpiration().toInstant(),
                    new DisplayName(claims.get("name", String.class)),
                    claims.get("email", String.class),
                    unit == null ? null : new UnitId(unit.longValue()),
                    scopeOf(claims.get("scope")), client, kid != null, Map.of()));
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
