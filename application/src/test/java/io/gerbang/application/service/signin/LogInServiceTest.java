package io.gerbang.application.service.signin;

import static io.gerbang.application.inmemory.InMemoryGerbang.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.gerbang.application.inmemory.InMemoryGerbang;
import io.gerbang.application.inmemory.ReadablePasswordHashes;
import io.gerbang.application.port.in.refusal.AccountInactive;
import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.refusal.WrongCredentials;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInName;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserIdentity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A password sign-in and its limits, on in-memory stores and a clock moved by hand. */
class LogInServiceTest {

    private static final String HOME = "10.0.0.1";
    private static final String ELSEWHERE = "10.0.0.2";

    private final InMemoryGerbang gerbang = new InMemoryGerbang();
    private final LogIn logIn = gerbang.logIn();
    private final User naruto = gerbang.person("2001", "rasengan", null);

    private SignInOutcome signIn(TenantId tenant, String identity, String password, String from) {
        return logIn.logIn(new LogIn.Command(
                tenant,
                new SignInName.ByIdentity(new UserIdentity(identity)),
                PlainPassword.presented(password),
                new ClientInfo("JUnit", from),
                new ClientAddress(from)));
    }

    private SignInOutcome signIn(String identity, String password, String from) {
        return signIn(TENANT, identity, password, from);
    }

    @Test
    void theRightPasswordOpensASessionWhoseTokensNameThePerson() {
        LoginResult result = (LoginResult) signIn("2001", "rasengan", HOME);

        assertThat(result.user().user().id()).isEqualTo(naruto.id());
        assertThat(gerbang.accessTokens.claimsOf(result.tokens().accessToken()).user())
                .isEqualTo(naruto.id());
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).hasSize(1);
        assertThat(result.tokens().expiresIn())
                .isEqualTo(InMemoryGerbang.SETTINGS.accessTtl().toSeconds());
        assertThat(gerbang.events.kinds()).containsExactly(Kind.SIGNING_KEY_MADE, Kind.SIGN_IN_SUCCEEDED);
    }

    @Test
    void aWrongPasswordAndANameNobodyHasAreRefusedAlikeAndCostAHashEach() {
        assertThatThrownBy(() -> signIn("2001", "chidori", HOME)).isInstanceOf(WrongCredentials.class);
        assertThatThrownBy(() -> signIn("9999", "chidori", HOME)).isInstanceOf(WrongCredentials.class);

        assertThat(gerbang.hashes.dummyChecks())
                .as("the unknown name's check against the dummy")
                .isEqualTo(1);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
        assertThat(gerbang.events.kinds()).containsExactly(Kind.SIGN_IN_FAILED, Kind.SIGN_IN_FAILED);
    }

    @Test
    void tenSignInsAMinuteFromOneAddressThenOneEverySixSeconds() {
        for (int i = 0; i < 10; i++) {
            signIn("2001", "rasengan", HOME);
        }

        LimitReached refused = catchThrowableOfType(() -> signIn("2001", "rasengan", HOME), LimitReached.class);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(6));
        assertThat(signIn("2001", "rasengan", ELSEWHERE))
                .as("another address has its own")
                .isNotNull();

        gerbang.clock.advance(Duration.ofSeconds(6));
        assertThat(signIn("2001", "rasengan", HOME)).isInstanceOf(LoginResult.class);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountFromThatAddressOnly() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn("2001", "chidori", HOME)).isInstanceOf(WrongCredentials.class);
        }

        assertThatThrownBy(() -> signIn("2001", "rasengan", HOME))
                .as("even the right password, from there")
                .isInstanceOf(LimitReached.class);
        assertThat(gerbang.events.kinds()).endsWith(Kind.LOCKED_OUT);
        assertThat(signIn("2001", "rasengan", ELSEWHERE))
                .as("the owner, from anywhere else")
                .isInstanceOf(LoginResult.class);
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresBeforeIt() {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> signIn("2001", "chidori", HOME)).isInstanceOf(WrongCredentials.class);
            }
            assertThat(signIn("2001", "rasengan", HOME)).isInstanceOf(LoginResult.class);
        }
    }

    @Test
    void pastFiftyFailuresAnHourFromEverywhereEachFurtherOneIsAnsweredLateButNeverRefused() {
        for (int address = 0; address < 10; address++) {
            for (int i = 0; i < 5; i++) {
                String from = "10.1.0." + address;
                assertThatThrownBy(() -> signIn("2001", "chidori", from)).isInstanceOf(WrongCredentials.class);
            }
        }

        WrongCredentials late =
                catchThrowableOfType(() -> signIn("2001", "chidori", "10.2.0.1"), WrongCredentials.class);
        assertThat(late.answerAfter()).isPositive();
        assertThat(signIn("2001", "rasengan", "10.2.0.2"))
                .as("the owner still signs in")
                .isInstanceOf(LoginResult.class);
    }

    @Test
    void anInactiveAccountIsToldSoOnlyOnceItsPasswordProvedRight() {
        gerbang.deactivate(naruto);

        assertThatThrownBy(() -> signIn("2001", "chidori", HOME)).isInstanceOf(WrongCredentials.class);
        assertThatThrownBy(() -> signIn("2001", "rasengan", HOME)).isInstanceOf(AccountInactive.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
    }

    @Test
    void aClosedTenantAdmitsNobody() {
        TenantId closed = new TenantId(2);
        gerbang.tenants.with(new Tenant(closed, "PT. Nonaktif", TenantType.PARTNER, false));

        assertThatThrownBy(() -> signIn(closed, "2001", "rasengan", HOME)).isInstanceOf(TenantClosed.class);
    }

    @Test
    void aPasswordKeptUnderAnOutdatedHashIsHashedAgainWhileItIsAtHand() {
        User sasuke = gerbang.personHashed("2002", ReadablePasswordHashes.outdated("chidori"), null);

        signIn("2002", "chidori", HOME);

        assertThat(gerbang.users.byId(sasuke.id()).orElseThrow().passwordHash().value())
                .isEqualTo("current:chidori");
        assertThat(gerbang.profileChanges.changed()).containsExactly(sasuke.id());
        assertThat(signIn("2002", "chidori", HOME)).isInstanceOf(LoginResult.class);
    }
}
