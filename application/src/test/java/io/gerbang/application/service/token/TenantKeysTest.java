package io.gerbang.application.service.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.inmemory.InMemorySigningKeys;
import io.gerbang.application.inmemory.InMemoryTenants;
import io.gerbang.application.inmemory.MovingClock;
import io.gerbang.application.inmemory.RecordedEvents;
import io.gerbang.application.port.in.refusal.UnknownTenant;
import io.gerbang.application.port.out.AccessClaims;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.domain.access.Coverage;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.signing.KeyPolicy;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The tenants' keys as the service applies the rules of {@code KeyRing}, on in-memory ports and a clock moved by hand:
 * no server, no store.
 */
class TenantKeysTest {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final TenantId CLOSED = new TenantId(3);
    private static final KeyPolicy POLICY = KeyPolicy.of(30, Duration.ofSeconds(900), Duration.ofDays(1));

    private final MovingClock clock = new MovingClock(Instant.parse("2026-12-05T00:00:00Z"));
    private final InMemorySigningKeys store = new InMemorySigningKeys();
    private final RecordedEvents events = new RecordedEvents();
    private final TenantKeys keys = new TenantKeys(
            store,
            new InMemoryTenants()
                    .with(new Tenant(HUMINOR, "PT. Huminor Tech", TenantType.INTERNAL, true))
                    .with(new Tenant(CLOSED, "PT. Nonaktif", TenantType.PARTNER, false)),
            POLICY,
            events,
            clock);

    private AccessClaims signedBy(KeyId key, Instant issuedAt) {
        return new AccessClaims(
                        new UserId(2),
                        HUMINOR,
                        new SessionId("0123456789abcdef0123456789abcdef"),
                        "jti",
                        issuedAt,
                        issuedAt.plusSeconds(900),
                        new DisplayName("Naruto Uzumaki"),
                        "naruto@company.com",
                        null,
                        Coverage.wholeTenant())
                .signedBy(key);
    }

    @Test
    void theFirstSignatureMakesTheTenantsFirstKeyOnceAndItSignsAtOnce() {
        KeyId first = keys.signerFor(HUMINOR);

        assertThat(keys.signerFor(HUMINOR)).isEqualTo(first);
        assertThat(store.of(HUMINOR)).hasSize(1);
        assertThat(keys.trusts(signedBy(first, clock.instant()))).isTrue();
        assertThat(events.kinds()).containsExactly(Kind.SIGNING_KEY_MADE);
    }

    @Test
    void aFirstKeyMadeByAnotherRequestAMomentLaterSignsForThisOneToo() {
        // two first sign-ins at once: the other one looks at its clock a moment after this one did and makes the
        // key first, signing from its own moment; this one finds the generation taken and signs with that key
        TenantKeys racing = new TenantKeys(new MadeElsewhereFirst(true), new InMemoryTenants(), POLICY, events, clock);

        KeyId signer = racing.signerFor(HUMINOR);

        assertThat(store.of(HUMINOR)).singleElement().extracting(SigningKey::id).isEqualTo(signer);
    }

    @Test
    void aFirstKeyMadeByAnotherRequestSignsForThisOneBeforeThisNodesCopyHasHeardOfIt() {
        // the same race, with this node's copy of the keys read before the other request's key was stored (its word
        // not yet come): the key found taken is looked for in the store itself, not in that copy
        TenantKeys racing = new TenantKeys(new MadeElsewhereFirst(false), new InMemoryTenants(), POLICY, events, clock);

        KeyId signer = racing.signerFor(HUMINOR);

        assertThat(store.of(HUMINOR)).singleElement().extracting(SigningKey::id).isEqualTo(signer);
    }

    /**
     * The store as a request sees it when another request makes the tenant's first key a moment before it does;
     * {@code copyHeard}: whether this node's copy in memory has heard of that key by the time this request looks.
     */
    private final class MadeElsewhereFirst implements SigningKeys {

        private final boolean copyHeard;

        MadeElsewhereFirst(boolean copyHeard) {
            this.copyHeard = copyHeard;
        }

        @Override
        public List<SigningKey> of(TenantId tenant) {
            return copyHeard ? store.of(tenant) : List.of();
        }

        @Override
        public List<SigningKey> reread(TenantId tenant) {
            return store.reread(tenant);
        }

        @Override
        public Optional<SigningKey> make(TenantId tenant, int generation, Instant createdAt, Instant signsFrom) {
            clock.advance(Duration.ofMillis(1));
            store.make(tenant, generation, clock.instant(), clock.instant());
            return store.make(tenant, generation, createdAt, signsFrom);
        }

        @Override
        public void revoke(TenantId tenant, KeyId key, Instant at) {
            store.revoke(tenant, key, at);
        }

        @Override
        public void remove(TenantId tenant, List<KeyId> keys) {
            store.remove(tenant, keys);
        }

        @Override
        public Optional<Instant> tenantKeysSince() {
            return store.tenantKeysSince();
        }
    }

    @Test
    void nearTheEndOfItsTermTheNextKeyIsPublishedAndTakesOverWithoutRefusingTheOldOnesTokens() {
        KeyId first = keys.signerFor(HUMINOR);
        AccessClaims old = signedBy(first, clock.instant());

        clock.advance(Duration.ofDays(30).minus(POLICY.publishAhead()));
        assertThat(keys.signerFor(HUMINOR))
                .as("still the first, the next one only published")
                .isEqualTo(first);
        assertThat(keys.publishedKeys(HUMINOR)).hasSize(2);

        clock.advance(POLICY.publishAhead());
        KeyId second = keys.signerFor(HUMINOR);
        assertThat(second).isNotEqualTo(first);
        assertThat(keys.trusts(old)).as("a token of the retired key").isTrue();
        assertThat(keys.trusts(signedBy(second, clock.instant()))).isTrue();

        clock.advance(POLICY.keepRetired());
        assertThat(keys.publishedKeys(HUMINOR)).extracting(SigningKey::id).doesNotContain(first);
    }

    @Test
    void aRotationWithRevocationStopsTrustingTheCurrentKeyAndTheNewOneSignsAtOnce() {
        KeyId first = keys.signerFor(HUMINOR);
        AccessClaims leaked = signedBy(first, clock.instant());

        SigningKey next = keys.rotate(HUMINOR, true);

        assertThat(keys.trusts(leaked)).isFalse();
        assertThat(keys.signerFor(HUMINOR)).isEqualTo(next.id());
        assertThat(keys.publishedKeys(HUMINOR)).extracting(SigningKey::id).containsExactly(next.id());
        assertThat(events.kinds()).contains(Kind.SIGNING_KEY_REVOKED);
    }

    @Test
    void aPlannedRotationAskedForTwiceIsOneRotation() {
        keys.signerFor(HUMINOR);

        SigningKey next = keys.rotate(HUMINOR, false);

        assertThat(keys.rotate(HUMINOR, false)).isEqualTo(next);
        assertThat(next.signsFrom()).isEqualTo(clock.instant().plus(POLICY.publishAhead()));
    }

    @Test
    void aTokenSignedWithTheServersSecretIsBelievedOnlyIfIssuedBeforeTenantKeys() {
        AccessClaims before = signedBy(null, clock.instant());
        assertThat(keys.trusts(before)).isTrue();
        keys.signerFor(HUMINOR);

        clock.advance(Duration.ofHours(2));
        assertThat(keys.trusts(before)).isTrue();
        assertThat(keys.trusts(signedBy(null, clock.instant()))).isFalse();
    }

    @Test
    void aClosedOrUnknownTenantPublishesNoKeys() {
        assertThatThrownBy(() -> keys.publishedKeys(CLOSED)).isInstanceOf(UnknownTenant.class);
        assertThatThrownBy(() -> keys.publishedKeys(new TenantId(99))).isInstanceOf(UnknownTenant.class);
        assertThatThrownBy(() -> keys.rotate(new TenantId(99), false)).isInstanceOf(UnknownTenant.class);
    }
}
