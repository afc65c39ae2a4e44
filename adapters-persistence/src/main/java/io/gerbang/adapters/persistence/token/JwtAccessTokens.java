package io.gerbang.adapters.persistence.token;

import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.access.UnitId;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.Coverage;
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
import javax.crypto.SecretKey;

/**
 * Access tokens as HS256 JWTs (jjwt). The claims are the contract's: iss, sub, tid, sid, jti, iat, exp, name,
 * email, unit_id, scope ({@code "tenant"} or {@code {"branches": [...], "units": [...]}}, see {@link Coverage}).
 */
public class JwtAccessTokens implements AccessTokens {

    public static final String ISSUER = "gerbang";
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

    public JwtAccessTokens(JwtSecret secret, Clock clock) {
        this.key = Keys.hmacShaKeyFor(secret.bytes());
        this.clock = clock;
        this.parser = Jwts.parser().verifyWith(key).requireIssuer(ISSUER)
                .clock(() -> Date.from(clock.instant())).build();
    }

    @Override
    public String issue(AccessClaims claims) {
        Coverage coverage = claims.scope();
        Map<String, List<Long>> nodes = new LinkedHashMap<>();
        nodes.put("branches", coverage.branches().stream().map(BranchId::value).toList());
        nodes.put("units", coverage.units().stream().map(UnitId::value).toList());
        Object scope = coverage.tenant() ? "tenant" : nodes;
        return Jwts.builder()
                .issuer(ISSUER)
                .subject(claims.user().toString())
                .id(claims.tokenId())
                .issuedAt(Date.from(claims.issuedAt()))
                .expiration(Date.from(claims.expiresAt()))
                .claim("tid", claims.tenant().value())
                .claim("sid", claims.session().value())
                .claim("name", claims.name().value())
                .claim("email", claims.email())
                .claim("unit_id", UnitId.valueOf(claims.unitId()))
                .claim("scope", scope)
                .signWith(key, Jwts.SIG.HS256)
                .compact();
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
            java.util.Optional<AccessClaims> claims = claimsOf(parser.parseSignedClaims(token).getPayload());
            claims.ifPresent(genuine -> verified.put(token, genuine));
            return claims.<Reading>map(Valid::new).orElse(new Invalid());
        } catch (ExpiredJwtException expired) {
            // jjwt checked the signature before it looked at the expiry: these claims are genuine.
            return claimsOf(expired.getClaims()).<Reading>map(Expired::new).orElse(new Invalid());
        } catch (JwtException | IllegalArgumentException notOurs) {
            return new Invalid();
        }
    }

    private static java.util.Optional<AccessClaims> claimsOf(Claims claims) {
        try {
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
                    scopeOf(claims.get("scope"))));
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
