package io.gerbang.adapters.persistence.token;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.adapters.persistence.secret.JwtSecret;
import io.gerbang.adapters.persistence.signing.JwtAccessTokens;
import io.gerbang.adapters.persistence.signing.KeyMaterial;
import io.gerbang.adapters.persistence.signing.P256;
import io.gerbang.adapters.persistence.signing.SigningSecrets;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.AccessTokens;
import io.gerbang.application.port.out.RefreshTokens;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    private static final JwtSecret SECRET = JwtSecret.of("0123456789abcdef0123456789abcdef-test");
    private static final SigningSecrets NO_CLIENT_SECRETS = client -> java.util.Optional.empty();
    private static final io.gerbang.domain.signing.Issuers ISSUERS =
            new io.gerbang.domain.signing.Issuers("https://auth.example.com");
    private static final TestKeys KEYS = new TestKeys();
    private static final io.gerbang.domain.signing.KeyId KEY_1 = KEYS.add(new TenantId(1));
    private static final io.gerbang.domain.signing.KeyId KEY_2 = KEYS.add(new TenantId(2));
    private final JwtAccessTokens tokens =
            new JwtAccessTokens(SECRET, NO_CLIENT_SECRETS, KEYS, ISSUERS, java.time.Clock.systemUTC());

    /** Key pairs in memory, as the key store would open them. */
    static final class TestKeys implements KeyMaterial {
        private final java.util.Map<io.gerbang.domain.signing.KeyId, java.security.KeyPair> pairs =
                new java.util.HashMap<>();
        private final java.util.Map<io.gerbang.domain.signing.KeyId, TenantId> tenants = new java.util.HashMap<>();

        io.gerbang.domain.signing.KeyId add(TenantId tenant) {
            io.gerbang.domain.signing.KeyId id =
                    new io.gerbang.domain.signing.KeyId("key-of-" + tenant.value() + "-" + pairs.size());
            pairs.put(id, P256.newKeyPair());
            tenants.put(id, tenant);
            return id;
        }

        java.security.interfaces.ECPublicKey publicOf(io.gerbang.domain.signing.KeyId id) {
            return (java.security.interfaces.ECPublicKey) pairs.get(id).getPublic();
        }

        @Override
        public java.util.Optional<java.security.interfaces.ECPrivateKey> privateKey(
                io.gerbang.domain.signing.KeyId key) {
            return java.util.Optional.ofNullable(pairs.get(key))
                    .map(pair -> (java.security.interfaces.ECPrivateKey) pair.getPrivate());
        }

        @Override
        public java.util.Optional<TenantKey> publicKey(io.gerbang.domain.signing.KeyId key) {
            return java.util.Optional.ofNullable(pairs.get(key))
                    .map(pair -> new TenantKey(
                            tenants.get(key),
                            P256.publicKey(P256.pointOf((java.security.interfaces.ECPublicKey) pair.getPublic()))));
        }
    }

    private final HmacRefreshTokens refreshTokens = new HmacRefreshTokens(SECRET);

    private static AccessClaims claims(Instant issuedAt, Instant expiresAt, Coverage scope) {
        return new AccessClaims(
                        new UserId(4),
                        new TenantId(1),
                        new SessionId("0123456789abcdef0123456789abcdef"),
                        "jti-1",
                        issuedAt,
                        expiresAt,
                        new DisplayName("Kakashi Hatake"),
                        "kakashi@company.com",
                        new UnitId(2),
                        scope)
                .signedBy(KEY_1);
    }

    @Test
    void aTokenReadsBackAsTheClaimsItWasIssuedWith() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        AccessClaims issued = claims(
                now,
                now.plusSeconds(900),
                new Coverage(
                        false,
                        new java.util.TreeSet<>(Set.of(new BranchId(1))),
                        new java.util.TreeSet<>(Set.of(new UnitId(2), new UnitId(3)))));

        AccessTokens.Reading reading =
                tokens.read(new AccessToken(tokens.issue(issued).value()));

        assertThat(reading).isEqualTo(new AccessTokens.Valid(issued));
    }

    @Test
    void aTenantWideScopeTravelsAsTheWordTenant() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.issue(claims(now, now.plusSeconds(900), Coverage.wholeTenant()))
                .value();

        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);

        assertThat(payload)
                .contains(
                        "\"scope\":\"tenant\"",
                        "\"tid\":1",
                        "\"sid\":",
                        "\"unit_id\":2",
                        "\"iss\":\"https://auth.example.com/t/1\"");
    }

    @Test
    void aTokenReadBeforeIsStillRefusedOnceItExpires() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        java.util.concurrent.atomic.AtomicReference<Instant> time =
                new java.util.concurrent.atomic.AtomicReference<>(now);
        java.time.Clock moving = new java.time.Clock() {
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            public Instant instant() {
                return time.get();
            }
        };
        JwtAccessTokens reader = new JwtAccessTokens(SECRET, NO_CLIENT_SECRETS, KEYS, ISSUERS, moving);
        AccessClaims issued = claims(
                now, now.plusSeconds(900), new Coverage(false, new java.util.TreeSet<>(), new java.util.TreeSet<>()));
        String token = reader.issue(issued).value();

        assertThat(reader.read(new AccessToken(token))).isEqualTo(new AccessTokens.Valid(issued));
        time.set(now.plusSeconds(900));

        assertThat(reader.read(new AccessToken(token))).isEqualTo(new AccessTokens.Expired(issued));
    }

    @Test
    void anExpiredTokenIsStillKnownForWhatItWas() {
        Instant past = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        AccessClaims issued = claims(
                past, past.plusSeconds(900), new Coverage(false, new java.util.TreeSet<>(), new java.util.TreeSet<>()));

        assertThat(tokens.read(new AccessToken(tokens.issue(issued).value())))
                .isEqualTo(new AccessTokens.Expired(issued));
    }

    @Test
    void aTamperedForeignOrUnsignedTokenIsInvalid() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.issue(claims(
                        now,
                        now.plusSeconds(900),
                        new Coverage(false, new java.util.TreeSet<>(), new java.util.TreeSet<>())))
                .value();
        String[] parts = token.split("\\.");
        String otherPayload = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("{\"iss\":\"gerbang\",\"sub\":\"1\"}".getBytes(StandardCharsets.UTF_8));
        String unsigned = Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        JwtAccessTokens foreign = new JwtAccessTokens(
                JwtSecret.of("another-secret-another-secret-another!"),
                NO_CLIENT_SECRETS,
                new TestKeys(),
                ISSUERS,
                java.time.Clock.systemUTC());

        assertThat(tokens.read(new AccessToken(parts[0] + "." + otherPayload + "." + parts[2])))
                .isInstanceOf(AccessTokens.Invalid.class);
        assertThat(tokens.read(new AccessToken(unsigned))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(foreign.read(new AccessToken(token))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(tokens.read(new AccessToken("not a token"))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(tokens.read(new AccessToken("x".repeat(10_000)))).isInstanceOf(AccessTokens.Invalid.class);
    }

    @Test
    void refreshTokensAre32RandomBytesInHexAndOnlyTheirHashIsKept() {
        RefreshTokens.Minted first = refreshTokens.mint();
        RefreshTokens.Minted second = refreshTokens.mint();

        assertThat(first.token().value())
                .matches("[0-9a-f]{64}")
                .isNotEqualTo(second.token().value());
        assertThat(first.hash().value()).isNotEqualTo(first.token().value());
        assertThat(refreshTokens.hashOf(first.token())).contains(first.hash());
        assertThat(first.toString()).doesNotContain(first.token().value());
    }

    @Test
    void aSuccessorDependsOnItsPredecessorTheNonceAndTheServerKey() {
        RefreshTokens.Minted first = refreshTokens.mint();
        String nonce = refreshTokens.newNonce();

        RefreshTokens.Minted successor = refreshTokens.successorOf(first.token(), nonce);

        assertThat(refreshTokens.successorOf(first.token(), nonce)).isEqualTo(successor);
        assertThat(refreshTokens.successorOf(first.token(), refreshTokens.newNonce()))
                .isNotEqualTo(successor);
        assertThat(new HmacRefreshTokens(JwtSecret.of("another-secret-another-secret-another!"))
                        .successorOf(first.token(), nonce))
                .isNotEqualTo(successor);
        assertThat(successor.token().value()).matches("[0-9a-f]{64}");
    }

    @Test
    void textThatCannotBeARefreshTokenHasNoHash() {
        assertThat(refreshTokens.hashOf(new RefreshToken("short"))).isEmpty();
        assertThat(refreshTokens.hashOf(new RefreshToken("Z".repeat(64)))).isEmpty();
        assertThat(refreshTokens.hashOf(new RefreshToken(""))).isEmpty();
    }

    @Test
    void aCursorOpensToWhereItWasSealedAndNotOnceTamperedWith() {
        HmacCursors cursors = new HmacCursors(SECRET);
        String sealed = cursors.seal(new io.gerbang.application.port.out.Cursors.Position(true, 42));
        String body = sealed.substring(0, sealed.indexOf('.'));
        String forgedBody =
                Base64.getUrlEncoder().withoutPadding().encodeToString("a:1".getBytes(StandardCharsets.US_ASCII));

        assertThat(cursors.open(sealed)).contains(new io.gerbang.application.port.out.Cursors.Position(true, 42));
        assertThat(cursors.open(forgedBody + sealed.substring(sealed.indexOf('.'))))
                .isEmpty();
        assertThat(cursors.open(body)).isEmpty();
        assertThat(cursors.open(body + ".AAAA")).isEmpty();
        assertThat(cursors.open("%%%")).isEmpty();
        assertThat(new HmacCursors(JwtSecret.of("another-secret-another-secret-another!")).open(sealed))
                .isEmpty();
    }

    @Test
    void aSecretShorterThan32BytesIsRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> JwtSecret.of("too-short"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SECRET.toString()).doesNotContain("0123456789abcdef");
    }

    private static final io.gerbang.domain.client.ClientId KAMPUS = new io.gerbang.domain.client.ClientId("kampus");
    private static final byte[] KAMPUS_SECRET =
            "kampus-demo-signing-secret-0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    private static AccessClaims ofClient(io.gerbang.domain.client.ClientId client, boolean sharedSecret, UnitId unit) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        java.util.Map<String, Object> campus = new java.util.LinkedHashMap<>();
        campus.put("role", "prodi");
        campus.put("prodi_id", null);
        return new AccessClaims(
                new UserId(4),
                new TenantId(1),
                new SessionId("0123456789abcdef0123456789abcdef"),
                "jti-2",
                now,
                now.plusSeconds(60),
                new DisplayName("Kakashi Hatake"),
                "kakashi@company.com",
                unit,
                Coverage.wholeTenant(),
                client,
                sharedSecret,
                campus,
                sharedSecret ? null : KEY_1);
    }

    private static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void claimsWithoutAValueAreThereAsNullAndTheAudienceIsTheClient() {
        String token = tokens.issue(ofClient(io.gerbang.domain.client.ClientId.NATIVE, false, null))
                .value();

        assertThat(payloadOf(token)).contains("\"unit_id\":null", "\"prodi_id\":null", "\"aud\":\"gerbang\"");
        assertThat(AccessTokens.genuine(tokens.read(new AccessToken(token)))
                        .orElseThrow()
                        .unitId())
                .isNull();
    }

    @Test
    void aSharedSecretClientsTokenIsSignedWithItsSecretNamedByItsIdAndReadAsSuch() {
        JwtAccessTokens withKampus = new JwtAccessTokens(
                SECRET,
                client -> client.equals(KAMPUS) ? java.util.Optional.of(KAMPUS_SECRET) : java.util.Optional.empty(),
                KEYS,
                ISSUERS,
                java.time.Clock.systemUTC());
        String token = withKampus.issue(ofClient(KAMPUS, true, new UnitId(2))).value();

        String header = new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
        assertThat(header).contains("\"kid\":\"kampus\"", "\"alg\":\"HS256\"");
        AccessClaims read =
                AccessTokens.genuine(withKampus.read(new AccessToken(token))).orElseThrow();
        assertThat(read.client()).isEqualTo(KAMPUS);
        assertThat(read.sharedSecret()).isTrue();
        // verified with the client's secret alone, as the campus app's own middleware does
        assertThat(io.jsonwebtoken.Jwts.parser()
                        .verifyWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor(KAMPUS_SECRET))
                        .build()
                        .parseSignedClaims(token)
                        .getPayload()
                        .get("role"))
                .isEqualTo("prodi");
        // a node that does not know the client's secret, or a token whose kid names the client but whose audience
        // is another, proves nothing
        assertThat(tokens.read(new AccessToken(token))).isInstanceOf(AccessTokens.Invalid.class);
        String forged = io.jsonwebtoken.Jwts.builder()
                .header()
                .keyId("kampus")
                .and()
                .issuer(JwtAccessTokens.SERVER_SECRET_ISSUER)
                .audience()
                .add("gerbang")
                .and()
                .subject("4")
                .id("jti-3")
                .claim("tid", 1)
                .claim("sid", "x")
                .claim("name", "Kakashi Hatake")
                .claim("email", "kakashi@company.com")
                .claim("scope", "tenant")
                .issuedAt(new java.util.Date())
                .expiration(java.util.Date.from(Instant.now().plusSeconds(60)))
                .signWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor(KAMPUS_SECRET))
                .compact();
        assertThat(withKampus.read(new AccessToken(forged))).isInstanceOf(AccessTokens.Invalid.class);
    }

    private static String header(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    private static io.jsonwebtoken.JwtBuilder claimsOfTenant(long tenant, String issuer) {
        return io.jsonwebtoken.Jwts.builder()
                .issuer(issuer)
                .audience()
                .add("gerbang")
                .and()
                .subject("4")
                .id("jti-9")
                .claim("tid", tenant)
                .claim("sid", "0123456789abcdef0123456789abcdef")
                .claim("name", "Kakashi Hatake")
                .claim("email", "kakashi@company.com")
                .claim("scope", "tenant")
                .issuedAt(new java.util.Date())
                .expiration(java.util.Date.from(Instant.now().plusSeconds(60)));
    }

    @Test
    void aTenantsTokenIsEs256UnderItsKeyNamedByItsIdAndVerifiesWithThePublicKeyAlone() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String token = tokens.issue(claims(now, now.plusSeconds(900), Coverage.wholeTenant()))
                .value();

        assertThat(header(token)).contains("\"alg\":\"ES256\"", "\"kid\":\"" + KEY_1.value() + "\"");
        assertThat(io.jsonwebtoken.Jwts.parser()
                        .verifyWith(KEYS.publicOf(KEY_1))
                        .build()
                        .parseSignedClaims(token)
                        .getPayload()
                        .getIssuer())
                .isEqualTo("https://auth.example.com/t/1");
        assertThat(AccessTokens.genuine(tokens.read(new AccessToken(token)))
                        .orElseThrow()
                        .key())
                .isEqualTo(KEY_1);
    }

    @Test
    void aTokenIsBelievedOnlyWithAKeyOfTheTenantItsIssuerNames() {
        java.security.PrivateKey tenant2 = KEYS.privateKey(KEY_2).orElseThrow();
        // tenant 2's key, honestly named, signing a token that says it is tenant 1's
        String asTenant1 = claimsOfTenant(1, ISSUERS.of(new TenantId(1)))
                .header()
                .keyId(KEY_2.value())
                .and()
                .signWith(tenant2, io.jsonwebtoken.Jwts.SIG.ES256)
                .compact();
        // tenant 1's key named, tenant 2's key signing
        String misnamed = claimsOfTenant(1, ISSUERS.of(new TenantId(1)))
                .header()
                .keyId(KEY_1.value())
                .and()
                .signWith(tenant2, io.jsonwebtoken.Jwts.SIG.ES256)
                .compact();
        // tenant 2's own token: good
        String own = claimsOfTenant(2, ISSUERS.of(new TenantId(2)))
                .header()
                .keyId(KEY_2.value())
                .and()
                .signWith(tenant2, io.jsonwebtoken.Jwts.SIG.ES256)
                .compact();
        String unknownKid = claimsOfTenant(2, ISSUERS.of(new TenantId(2)))
                .header()
                .keyId("unknown-key-id")
                .and()
                .signWith(tenant2, io.jsonwebtoken.Jwts.SIG.ES256)
                .compact();

        assertThat(tokens.read(new AccessToken(asTenant1))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(tokens.read(new AccessToken(misnamed))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(tokens.read(new AccessToken(unknownKid))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(AccessTokens.genuine(tokens.read(new AccessToken(own)))
                        .orElseThrow()
                        .tenant())
                .isEqualTo(new TenantId(2));
    }

    @Test
    void anAlgorithmOtherThanTheKeysIsRefused() {
        // HS256 "signed" with the bytes of tenant 1's public key, the classic confusion of RS/ES with HS
        byte[] publicBytes = KEYS.publicOf(KEY_1).getEncoded();
        String confused = claimsOfTenant(1, ISSUERS.of(new TenantId(1)))
                .header()
                .keyId(KEY_1.value())
                .and()
                .signWith(io.jsonwebtoken.security.Keys.hmacShaKeyFor(publicBytes), io.jsonwebtoken.Jwts.SIG.HS256)
                .compact();
        String es384 = claimsOfTenant(1, ISSUERS.of(new TenantId(1)))
                .header()
                .keyId(KEY_1.value())
                .and()
                .signWith(io.jsonwebtoken.Jwts.SIG.ES384.keyPair().build().getPrivate(), io.jsonwebtoken.Jwts.SIG.ES384)
                .compact();

        assertThat(tokens.read(new AccessToken(confused))).isInstanceOf(AccessTokens.Invalid.class);
        assertThat(tokens.read(new AccessToken(es384))).isInstanceOf(AccessTokens.Invalid.class);
    }

    @Test
    void aTokenSignedTheOldWayWithTheServersSecretIsReadAsSuchAndOnlyUnderTheOldIssuer() {
        javax.crypto.SecretKey server = io.jsonwebtoken.security.Keys.hmacShaKeyFor(SECRET.bytes());
        String old = claimsOfTenant(1, JwtAccessTokens.SERVER_SECRET_ISSUER)
                .signWith(server, io.jsonwebtoken.Jwts.SIG.HS256)
                .compact();
        String newIssuer = claimsOfTenant(1, ISSUERS.of(new TenantId(1)))
                .signWith(server, io.jsonwebtoken.Jwts.SIG.HS256)
                .compact();

        AccessClaims read =
                AccessTokens.genuine(tokens.read(new AccessToken(old))).orElseThrow();
        assertThat(read.signedWithServerSecret()).isTrue();
        assertThat(read.key()).isNull();
        assertThat(tokens.read(new AccessToken(newIssuer))).isInstanceOf(AccessTokens.Invalid.class);
    }
}
