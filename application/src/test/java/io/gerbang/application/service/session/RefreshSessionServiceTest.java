package io.gerbang.application.service.session;

import static io.gerbang.application.inmemory.InMemoryGerbang.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.inmemory.InMemoryGerbang;
import io.gerbang.application.port.in.refusal.AccountInactive;
import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.application.port.in.refusal.RefreshTokenInvalid;
import io.gerbang.application.port.in.refusal.RefreshTokenReused;
import io.gerbang.application.port.in.session.RefreshSession;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies.Logout;
import io.gerbang.domain.client.ClientPolicies.Refresh;
import io.gerbang.domain.session.RefreshToken;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Refresh: rotation, the grace for a racing twin, reuse detection, and what ends a session on the way. */
class RefreshSessionServiceTest {

    private final InMemoryGerbang gerbang = new InMemoryGerbang();
    private final RefreshSession refresh = gerbang.refresh();
    private final User naruto = gerbang.person("2001", "rasengan", null);

    private TokenPair refresh(RefreshToken token) {
        return refresh.refresh(new RefreshSession.Command(token, null));
    }

    @Test
    void aRefreshAnswersANewPairAndTheOldTokenRepeatedWithinTheGraceGetsTheSameOne() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);

        TokenPair second = refresh(first.refreshToken());
        gerbang.clock.advance(Duration.ofSeconds(9));
        TokenPair twin = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(twin.accessToken()).as("the racing twin's answer").isEqualTo(second.accessToken());
        assertThat(twin.refreshToken()).isEqualTo(second.refreshToken());
        assertThat(refresh(second.refreshToken()).refreshToken()).isNotEqualTo(second.refreshToken());
    }

    @Test
    void aNodeWhoseOwnCopyWentStaleDecidesOnTheStoredSession() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        // rotated on another node: this node still holds the session as it opened it, with `first` current
        TokenPair second =
                gerbang.refreshOnAnotherNode().refresh(new RefreshSession.Command(first.refreshToken(), null));

        TokenPair twin = refresh(first.refreshToken());
        assertThat(twin.refreshToken())
                .as("the racing twin's answer, not a rotation")
                .isEqualTo(second.refreshToken());
        assertThat(twin.accessToken()).isEqualTo(second.accessToken());

        gerbang.clock.advance(Duration.ofSeconds(11));
        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(RefreshTokenReused.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
    }

    @Test
    void aSessionEndedOnAnotherNodeIsNotRefreshedFromThisNodesCopy() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        Session opened = gerbang.sessions.of(TENANT, naruto.id()).get(0);
        gerbang.sessions.anotherNode().end(opened.ref());

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(RefreshTokenInvalid.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
    }

    @Test
    void theOldTokenAfterTheGraceIsReuseAndEndsTheSession() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        TokenPair second = refresh(first.refreshToken());

        gerbang.clock.advance(Duration.ofSeconds(11));

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(RefreshTokenReused.class);
        assertThatThrownBy(() -> refresh(second.refreshToken()))
                .as("the family is over, the thief's token too")
                .isInstanceOf(RefreshTokenInvalid.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
        assertThat(gerbang.events.kinds()).contains(Kind.REFRESH_REUSE_DETECTED);
    }

    @Test
    void aTokenTwoStepsBehindIsReuseEvenWithinTheGrace() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        TokenPair second = refresh(first.refreshToken());
        refresh(second.refreshToken());

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(RefreshTokenReused.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
    }

    @Test
    void aClientThatKeepsItsRefreshTokenGetsANewAccessTokenEachTimeAndNoReuseDetection() {
        ClientId desktop = gerbang.clientApp("desktop", Refresh.REUSE, Logout.SESSION);
        TokenPair first = gerbang.tokens(naruto, "rasengan", desktop);

        TokenPair second = refresh(first.refreshToken());
        gerbang.clock.advance(Duration.ofMinutes(1));
        TokenPair third = refresh(first.refreshToken());

        assertThat(second.refreshToken()).isEqualTo(first.refreshToken());
        assertThat(third.refreshToken()).isEqualTo(first.refreshToken());
        assertThat(third.accessToken()).isNotEqualTo(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).hasSize(1);
    }

    @Test
    void aSessionPastItsLifetimeIsNotRefreshed() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);

        gerbang.clock.advance(InMemoryGerbang.SETTINGS.refreshTtl());

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(RefreshTokenInvalid.class);
    }

    @Test
    void aPersonDeactivatedSinceTheSignInLosesTheSessionAtTheirNextRefresh() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);

        gerbang.deactivate(naruto);

        assertThatThrownBy(() -> refresh(first.refreshToken())).isInstanceOf(AccountInactive.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
    }

    @Test
    void fiveRefreshesAMinutePerPerson() {
        RefreshToken token = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE).refreshToken();
        for (int i = 0; i < 5; i++) {
            token = refresh(token).refreshToken();
        }
        RefreshToken last = token;

        assertThatThrownBy(() -> refresh(last)).isInstanceOf(LimitReached.class);
        gerbang.clock.advance(Duration.ofSeconds(12));
        assertThat(refresh(last).refreshToken()).isNotEqualTo(last);
    }

    @Test
    void anotherIssuersOrClientsRefreshTokenIsRefusedWithoutEndingItsSession() {
        TokenPair first = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);

        assertThatThrownBy(() -> refresh.refresh(new RefreshSession.Command(
                        first.refreshToken(), new RefreshSession.Audience(new TenantId(2), ClientId.NATIVE))))
                .isInstanceOf(RefreshTokenInvalid.class);
        assertThatThrownBy(() -> refresh.refresh(new RefreshSession.Command(
                        first.refreshToken(), new RefreshSession.Audience(TENANT, new ClientId("campus")))))
                .isInstanceOf(RefreshTokenInvalid.class);

        assertThat(refresh(first.refreshToken()).refreshToken()).isNotEqualTo(first.refreshToken());
    }

    @Test
    void aTokenOfNoSessionOrOfNoShapeIsInvalid() {
        assertThatThrownBy(() -> refresh(new RefreshToken("0".repeat(64)))).isInstanceOf(RefreshTokenInvalid.class);
        assertThatThrownBy(() -> refresh(new RefreshToken("not a token"))).isInstanceOf(RefreshTokenInvalid.class);
    }
}
