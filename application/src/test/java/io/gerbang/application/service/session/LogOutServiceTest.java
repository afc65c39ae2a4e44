package io.gerbang.application.service.session;

import static io.gerbang.application.inmemory.InMemoryGerbang.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.inmemory.InMemoryGerbang;
import io.gerbang.application.port.in.refusal.AccessTokenInvalid;
import io.gerbang.application.port.in.refusal.NotPermitted;
import io.gerbang.application.port.in.refusal.OutsideScope;
import io.gerbang.application.port.in.refusal.RefreshTokenInvalid;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.session.LogOut;
import io.gerbang.application.port.in.session.TokenPair;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.client.ClientPolicies.Logout;
import io.gerbang.domain.client.ClientPolicies.Refresh;
import io.gerbang.domain.session.AccessToken;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The forms of logout: by refresh token, by access token, everywhere for a client that says so, or all of one. */
class LogOutServiceTest {

    private final InMemoryGerbang gerbang = new InMemoryGerbang();
    private final LogOut logOut = gerbang.logOut();
    private final User naruto = gerbang.person("2001", "rasengan", null);
    private final User sasuke = gerbang.person("2002", "chidori", null);

    private int sessionsOf(User who) {
        return gerbang.sessions.of(TENANT, who.id()).size();
    }

    @Test
    void aRefreshTokenEndsItsOwnSessionOnlyAndOnlyOnce() {
        TokenPair phone = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);

        assertThat(logOut.logOut(new LogOut.WithRefreshToken(phone.refreshToken())))
                .isEqualTo(1);

        assertThat(sessionsOf(naruto)).isEqualTo(1);
        assertThatThrownBy(() -> logOut.logOut(new LogOut.WithRefreshToken(phone.refreshToken())))
                .isInstanceOf(RefreshTokenInvalid.class);
    }

    @Test
    void anAccessTokenEndsItsSessionEvenOnceExpiredButNotOnceItsSessionIsOver() {
        TokenPair tokens = gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        gerbang.clock.advance(InMemoryGerbang.SETTINGS.accessTtl().plus(Duration.ofMinutes(1)));

        assertThat(logOut.logOut(new LogOut.WithAccessToken(tokens.accessToken())))
                .isEqualTo(1);

        assertThat(sessionsOf(naruto)).isZero();
        assertThatThrownBy(() -> logOut.logOut(new LogOut.WithAccessToken(tokens.accessToken())))
                .isInstanceOf(SessionEnded.class);
        assertThatThrownBy(() -> logOut.logOut(new LogOut.WithAccessToken(new AccessToken("forged"))))
                .isInstanceOf(AccessTokenInvalid.class);
    }

    @Test
    void throughAClientThatLogsOutEverywhereOneLogoutEndsEverySessionOfThePerson() {
        ClientId campus = gerbang.clientApp("campus", Refresh.ROTATE, Logout.EVERYWHERE);
        TokenPair tokens = gerbang.tokens(naruto, "rasengan", campus);
        gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        gerbang.tokens(sasuke, "chidori", campus);

        assertThat(logOut.logOut(new LogOut.WithRefreshToken(tokens.refreshToken())))
                .isEqualTo(2);

        assertThat(sessionsOf(naruto)).isZero();
        assertThat(sessionsOf(sasuke)).as("another person's").isEqualTo(1);
    }

    @Test
    void everySessionOfSomeoneElseOnlyWithThePermissionToManageSessions() {
        gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        gerbang.tokens(sasuke, "chidori", ClientId.NATIVE);
        gerbang.tokens(sasuke, "chidori", ClientId.NATIVE);

        assertThatThrownBy(() -> logOut.logOut(new LogOut.AllSessionsOf(gerbang.signedIn(naruto), sasuke.id())))
                .isInstanceOf(NotPermitted.class);
        assertThat(sessionsOf(sasuke)).isEqualTo(2);

        gerbang.holds(naruto, gerbang.role("Session keeper", Permissions.SESSIONS_MANAGE), gerbang.wholeTenant());
        assertThat(logOut.logOut(new LogOut.AllSessionsOf(gerbang.signedIn(naruto), sasuke.id())))
                .isEqualTo(2);
        assertThatThrownBy(() -> logOut.logOut(new LogOut.AllSessionsOf(gerbang.signedIn(naruto), new UserId(99))))
                .isInstanceOf(OutsideScope.class);
    }

    @Test
    void everyoneMayEndAllTheirOwnSessions() {
        gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);
        gerbang.tokens(naruto, "rasengan", ClientId.NATIVE);

        assertThat(logOut.logOut(new LogOut.AllSessionsOf(gerbang.signedIn(naruto), naruto.id())))
                .isEqualTo(2);
        assertThat(gerbang.sessions.of(TENANT, naruto.id()))
                .extracting(Session::id)
                .isEmpty();
    }
}
