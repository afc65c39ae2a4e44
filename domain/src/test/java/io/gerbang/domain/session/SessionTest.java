package io.gerbang.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private static final Instant T0 = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration LIFETIME = Duration.ofDays(7);
    private static final Duration GRACE = Duration.ofSeconds(10);
    private static final RefreshTokenHash FIRST = hash('1');
    private static final RefreshTokenHash SECOND = hash('2');
    private static final RefreshTokenHash THIRD = hash('3');

    private static RefreshTokenHash hash(char digit) {
        return new RefreshTokenHash(String.valueOf(digit).repeat(64));
    }

    private static Session opened() {
        return Session.open(
                new SessionId("a".repeat(32)),
                new UserId(7),
                new TenantId(1),
                new ClientInfo("test", "127.0.0.1"),
                FIRST,
                new IssuedAccessToken("jti-0", T0.plusSeconds(900)),
                T0,
                LIFETIME);
    }

    private static Session rotatedAt(
            Session session, RefreshTokenHash presented, RefreshTokenHash successor, Instant at) {
        return session.rotate(
                presented,
                successor,
                new GraceReplay("nonce-" + successor.value().charAt(0), new AccessToken("access")),
                new IssuedAccessToken("jti-" + successor.value().charAt(0), at.plusSeconds(900)),
                at,
                LIFETIME,
                GRACE);
    }

    @Test
    void theCurrentTokenRotates() {
        assertThat(opened().judge(FIRST, T0.plusSeconds(60), GRACE)).isEqualTo(RefreshVerdict.ROTATE);
    }

    @Test
    void rotationMovesTheFamilyOnAndExtendsItsLife() {
        Instant at = T0.plusSeconds(600);
        Session next = rotatedAt(opened(), FIRST, SECOND, at);

        assertThat(next.current()).isEqualTo(SECOND);
        assertThat(next.previous()).isEqualTo(FIRST);
        assertThat(next.rotatedAt()).isEqualTo(at);
        assertThat(next.expiresAt()).isEqualTo(at.plus(LIFETIME));
        assertThat(next.version()).isEqualTo(1);
        assertThat(next.createdAt()).isEqualTo(T0);
    }

    @Test
    void theJustRotatedTokenAgainWithinTheGraceWindowIsARacingRepeat() {
        Session next = rotatedAt(opened(), FIRST, SECOND, T0.plusSeconds(600));

        assertThat(next.judge(FIRST, T0.plusSeconds(605), GRACE)).isEqualTo(RefreshVerdict.REPEAT_WITHIN_GRACE);
        assertThat(next.judge(FIRST, T0.plusSeconds(610), GRACE)).isEqualTo(RefreshVerdict.REPEAT_WITHIN_GRACE);
    }

    @Test
    void refusesAReusedRefreshTokenOnceTheGraceWindowIsOver() {
        Session next = rotatedAt(opened(), FIRST, SECOND, T0.plusSeconds(600));

        assertThat(next.judge(FIRST, T0.plusSeconds(611), GRACE)).isEqualTo(RefreshVerdict.REUSED);
    }

    @Test
    void anOlderTokenOfTheFamilyIsAlwaysReuse() {
        Session twice =
                rotatedAt(rotatedAt(opened(), FIRST, SECOND, T0.plusSeconds(600)), SECOND, THIRD, T0.plusSeconds(601));

        assertThat(twice.judge(FIRST, T0.plusSeconds(602), GRACE)).isEqualTo(RefreshVerdict.REUSED);
        assertThat(twice.judge(SECOND, T0.plusSeconds(602), GRACE)).isEqualTo(RefreshVerdict.REPEAT_WITHIN_GRACE);
    }

    @Test
    void withNoGraceWindowEveryRepeatIsReuse() {
        Session next = rotatedAt(opened(), FIRST, SECOND, T0.plusSeconds(600));

        assertThat(next.judge(FIRST, T0.plusSeconds(600), Duration.ZERO)).isEqualTo(RefreshVerdict.REUSED);
        assertThat(next.judge(FIRST, T0.plusSeconds(600).plusMillis(1), Duration.ZERO))
                .isEqualTo(RefreshVerdict.REUSED);
    }

    @Test
    void anExpiredSessionDoesNotRotate() {
        assertThat(opened().judge(FIRST, T0.plus(LIFETIME), GRACE)).isEqualTo(RefreshVerdict.EXPIRED);
        assertThat(opened().expiredAt(T0.plus(LIFETIME))).isTrue();
        assertThat(opened().expiredAt(T0.plus(LIFETIME).minusMillis(1))).isFalse();
    }

    @Test
    void refusesToRotateFromAnythingButTheCurrentToken() {
        Session next = rotatedAt(opened(), FIRST, SECOND, T0.plusSeconds(600));

        assertThatThrownBy(() -> rotatedAt(next, FIRST, THIRD, T0.plusSeconds(601)))
                .isInstanceOf(RefreshRefused.class);
    }

    @Test
    void aReissueKeepsTheRefreshTokenAndTheEndOfTheSessionAndMovesTheVersionOn() {
        Session opened = opened();
        IssuedAccessToken fresh = new IssuedAccessToken("jti-1", T0.plusSeconds(1500));

        Session next = opened.reissue(FIRST, fresh, T0.plusSeconds(600), GRACE);

        assertThat(next.current()).isEqualTo(FIRST);
        assertThat(next.expiresAt()).isEqualTo(opened.expiresAt());
        assertThat(next.access()).isEqualTo(fresh);
        assertThat(next.version()).isEqualTo(opened.version() + 1);
        assertThat(next.reissue(FIRST, fresh, T0.plusSeconds(700), GRACE).current())
                .isEqualTo(FIRST);
        assertThatThrownBy(() -> opened.reissue(SECOND, fresh, T0.plusSeconds(600), GRACE))
                .isInstanceOf(RefreshRefused.class);
        assertThatThrownBy(() -> opened.reissue(FIRST, fresh, opened.expiresAt(), GRACE))
                .isInstanceOf(RefreshRefused.class);
    }

    @Test
    void belongsOnlyToItsUser() {
        assertThat(opened().belongsTo(new UserId(7))).isTrue();
        assertThat(opened().belongsTo(new UserId(8))).isFalse();
    }

    @Test
    void neverPrintsItsReplaySecrets() {
        assertThat(new GraceReplay("nonce", new AccessToken("eyJsecret")).toString())
                .doesNotContain("nonce", "eyJsecret");
    }
}
