package io.gerbang.domain.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The life of a tenant's signing keys, on a fixed clock: 30-day terms, 15-minute tokens, day-long ones at most. */
class KeyRingTest {

    private static final TenantId TENANT = new TenantId(1);
    private static final KeyPolicy POLICY = KeyPolicy.of(30, Duration.ofSeconds(900), Duration.ofDays(1));
    private static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    private static SigningKey key(int generation, Instant createdAt, Instant signsFrom) {
        return new SigningKey(
                new KeyId("key-" + generation + "-abcdef"),
                TENANT,
                generation,
                createdAt,
                signsFrom,
                null,
                new EcPoint("x" + generation, "y" + generation));
    }

    private static KeyRing ring(SigningKey... keys) {
        return new KeyRing(TENANT, List.of(keys), POLICY);
    }

    private static SigningKey made(KeyRing ring, KeyRing.PlannedKey planned, Instant now) {
        return key(planned.generation(), now, planned.signsFrom());
    }

    @Test
    void theContractsPolicyPublishesATokensLifeAndFiveMinutesAheadAndKeepsARetiredKeyForTheLongestToken() {
        assertThat(POLICY.publishAhead()).isEqualTo(Duration.ofSeconds(1200));
        assertThat(POLICY.keepRetired()).isEqualTo(Duration.ofDays(1).plusMinutes(1));
        assertThat(POLICY.rotateEvery()).isEqualTo(Duration.ofDays(30));
        assertThatThrownBy(() -> KeyPolicy.of(0, Duration.ofSeconds(900), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTenantWithoutKeysNeedsOneThatSignsAtOnce() {
        KeyRing none = ring();
        assertThat(none.current(T0)).isEmpty();
        assertThat(none.due(T0)).contains(new KeyRing.PlannedKey(1, T0));
        KeyRing first = none.with(made(none, none.due(T0).orElseThrow(), T0));
        assertThat(first.current(T0)).map(SigningKey::generation).contains(1);
        assertThat(first.due(T0.plusSeconds(1))).isEmpty();
    }

    @Test
    void theNextKeyIsPublishedAheadOfTheEndOfTheTermAndSignsWhenItEnds() {
        KeyRing ring = ring(key(1, T0, T0));
        Instant termEnds = T0.plus(Duration.ofDays(30));
        assertThat(ring.due(termEnds.minus(POLICY.publishAhead()).minusSeconds(1)))
                .isEmpty();

        Instant publishing = termEnds.minus(POLICY.publishAhead());
        KeyRing.PlannedKey planned = ring.due(publishing).orElseThrow();
        assertThat(planned).isEqualTo(new KeyRing.PlannedKey(2, termEnds));
        KeyRing rotating = ring.with(made(ring, planned, publishing));

        SigningKey first = rotating.keys().get(0);
        SigningKey second = rotating.keys().get(1);
        assertThat(rotating.stateOf(second, publishing)).isEqualTo(KeyState.NEXT);
        assertThat(rotating.published(publishing)).containsExactly(first, second);
        assertThat(rotating.current(termEnds.minusSeconds(1))).contains(first);
        assertThat(rotating.trusts(second.id(), termEnds.minusSeconds(1))).isFalse();
        assertThat(rotating.due(publishing.plusSeconds(60))).isEmpty();

        assertThat(rotating.current(termEnds)).contains(second);
        assertThat(rotating.stateOf(first, termEnds)).isEqualTo(KeyState.RETIRED);
    }

    @Test
    void aRetiredKeyIsTrustedUntilTheLongestTokenItSignedHasExpiredThenItIsGone() {
        Instant termEnds = T0.plus(Duration.ofDays(30));
        KeyRing ring = ring(key(1, T0, T0), key(2, termEnds.minus(POLICY.publishAhead()), termEnds));
        SigningKey first = ring.keys().get(0);

        Instant lastTokenOfTheFirstExpires = termEnds.plus(Duration.ofDays(1));
        assertThat(ring.trusts(first.id(), lastTokenOfTheFirstExpires)).isTrue();
        assertThat(ring.published(lastTokenOfTheFirstExpires)).contains(first);
        assertThat(ring.removable(lastTokenOfTheFirstExpires)).isEmpty();

        Instant later = termEnds.plus(POLICY.keepRetired());
        assertThat(ring.stateOf(first, later)).isEqualTo(KeyState.GONE);
        assertThat(ring.trusts(first.id(), later)).isFalse();
        assertThat(ring.published(later)).doesNotContain(first);
        assertThat(ring.removable(later)).containsExactly(first);
    }

    @Test
    void aRotationAskedForIsPublishedNowAndSignsAfterTheLeadAndIsNotRepeatedWhileUnderWay() {
        KeyRing ring = ring(key(1, T0, T0));
        Instant asked = T0.plus(Duration.ofDays(3));
        KeyRing.PlannedKey planned = ring.rotation(asked, false).orElseThrow();
        assertThat(planned).isEqualTo(new KeyRing.PlannedKey(2, asked.plus(POLICY.publishAhead())));
        KeyRing rotating = ring.with(made(ring, planned, asked));
        assertThat(rotating.rotation(asked.plusSeconds(5), false)).isEmpty();
        assertThat(rotating.current(asked.plusSeconds(5)))
                .map(SigningKey::generation)
                .contains(1);
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceAndItsReplacementSignsAtOnce() {
        KeyRing ring = ring(key(1, T0, T0));
        Instant leaked = T0.plus(Duration.ofDays(3));
        SigningKey first = ring.keys().get(0);
        KeyRing.PlannedKey planned = ring.rotation(leaked, true).orElseThrow();
        assertThat(planned).isEqualTo(new KeyRing.PlannedKey(2, leaked));
        KeyRing replaced = ring.with(first.revoked(leaked)).with(made(ring, planned, leaked));

        assertThat(replaced.stateOf(replaced.keys().get(0), leaked)).isEqualTo(KeyState.REVOKED);
        assertThat(replaced.trusts(first.id(), leaked)).isFalse();
        assertThat(replaced.trusts(first.id(), leaked.minusSeconds(1))).isTrue();
        assertThat(replaced.published(leaked))
                .extracting(SigningKey::generation)
                .containsExactly(2);
        assertThat(replaced.current(leaked)).map(SigningKey::generation).contains(2);
        assertThat(replaced.due(leaked)).isEmpty();
    }

    @Test
    void aRevokedCurrentKeyWithNoReplacementCallsForOneThatSignsAtOnce() {
        Instant leaked = T0.plus(Duration.ofDays(3));
        KeyRing ring = ring(key(1, T0, T0).revoked(leaked));
        assertThat(ring.current(leaked)).isEmpty();
        assertThat(ring.due(leaked)).contains(new KeyRing.PlannedKey(2, leaked));
    }

    @Test
    void aTermThatEndedWhileNobodySignedInGetsItsNextKeyPublishedAheadNotAtOnce() {
        KeyRing ring = ring(key(1, T0, T0));
        Instant muchLater = T0.plus(Duration.ofDays(90));
        assertThat(ring.due(muchLater)).contains(new KeyRing.PlannedKey(2, muchLater.plus(POLICY.publishAhead())));
        assertThat(ring.current(muchLater)).map(SigningKey::generation).contains(1);
    }

    @Test
    void aKeyOfAnotherTenantOrUnknownIsNotTrusted() {
        KeyRing ring = ring(key(1, T0, T0));
        assertThat(ring.trusts(new KeyId("unknown-key"), T0)).isFalse();
        SigningKey elsewhere =
                new SigningKey(new KeyId("key-1-abcdef"), new TenantId(2), 1, T0, T0, null, new EcPoint("x", "y"));
        assertThatThrownBy(() -> ring.with(elsewhere)).isInstanceOf(IllegalArgumentException.class);
        assertThat(KeyId.fits("a.b")).isFalse();
        assertThat(KeyId.fits("abcdefgh")).isTrue();
    }
}
