package io.gerbang.application.service.twofactor;

import static io.gerbang.application.inmemory.InMemoryGerbang.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.inmemory.InMemoryGerbang;
import io.gerbang.application.inmemory.PredictableTotp;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.SignInChallengeGone;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.refusal.TwoFactorNotSetUp;
import io.gerbang.application.port.in.refusal.WrongSecondFactorCode;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.in.twofactor.ManageTwoFactor;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.twofactor.ChallengeToken;
import io.gerbang.domain.twofactor.SecondFactorCode;
import io.gerbang.domain.twofactor.SecondFactorCode.TotpCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.user.User;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two-factor: turning it on, signing in with a code or a recovery code, and what ends a pending sign-in. */
class SecondFactorTest {

    private final InMemoryGerbang gerbang = new InMemoryGerbang();
    private final ManageTwoFactor twoFactor = gerbang.manageTwoFactor();
    private final LogInWithSecondFactor secondStep = gerbang.logInWithSecondFactor();
    private final User naruto = gerbang.person("2001", "rasengan", null);

    private SignInOutcome signIn() {
        return gerbang.signIn(naruto, "rasengan", ClientId.NATIVE);
    }

    private ChallengeToken challenge() {
        return ((SignInOutcome.SecondFactorRequired) signIn()).mfaToken();
    }

    private LoginResult prove(ChallengeToken mfaToken, SecondFactorCode code) {
        return secondStep.logIn(
                new LogInWithSecondFactor.Command(TENANT, mfaToken, code, new ClientAddress("10.0.0.1")));
    }

    private TotpCode codeNow(TotpSecret secret) {
        return PredictableTotp.codeAt(secret, gerbang.clock.instant());
    }

    /** Signs in, sets two-factor up and confirms it with the authenticator's code; the recovery codes. */
    private List<String> turnOn() {
        signIn();
        Principal caller = gerbang.signedIn(naruto);
        twoFactor.setUp(caller);
        TotpSecret pending = gerbang.secrets.pending(naruto.id()).orElseThrow();
        return twoFactor.enable(new ManageTwoFactor.Enable(caller, codeNow(pending)));
    }

    private TotpSecret active() {
        return gerbang.secrets.active(naruto.id()).orElseThrow();
    }

    @Test
    void turningItOnGivesTenRecoveryCodesAndEndsEveryOtherSessionOfThePerson() {
        signIn();
        Principal caller = gerbang.signedIn(naruto);
        signIn();

        assertThatThrownBy(() -> twoFactor.enable(new ManageTwoFactor.Enable(caller, new TotpCode("123456"))))
                .isInstanceOf(TwoFactorNotSetUp.class);
        twoFactor.setUp(caller);
        List<String> recoveryCodes = twoFactor.enable(new ManageTwoFactor.Enable(
                caller, codeNow(gerbang.secrets.pending(naruto.id()).orElseThrow())));

        assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
        assertThat(gerbang.users.byId(naruto.id()).orElseThrow().twoFactorEnabled())
                .isTrue();
        assertThat(gerbang.sessions.of(TENANT, naruto.id()))
                .hasSize(1)
                .allMatch(session -> session.id().equals(caller.session()));
        assertThat(gerbang.events.kinds()).contains(Kind.TWO_FACTOR_ENABLED);
    }

    @Test
    void aPasswordThenTheAuthenticatorsCodeOpenASessionAndThatCodeIsNeverTakenTwice() {
        turnOn();
        gerbang.clock.advance(Duration.ofSeconds(30));

        LoginResult result = prove(challenge(), codeNow(active()));
        assertThat(result.tokens().userId()).isEqualTo(naruto.id());

        ChallengeToken again = challenge();
        assertThatThrownBy(() -> prove(again, codeNow(active()))).isInstanceOf(WrongSecondFactorCode.class);
        gerbang.clock.advance(Duration.ofSeconds(30));
        assertThat(prove(again, codeNow(active()))).as("the next step's code").isNotNull();
    }

    @Test
    void aRecoveryCodeWorksOnceInsteadOfTheAuthenticator() {
        List<String> recoveryCodes = turnOn();
        SecondFactorCode recovery = SecondFactorCode.parse(recoveryCodes.get(3));

        assertThat(prove(challenge(), recovery)).isNotNull();
        ChallengeToken again = challenge();
        assertThatThrownBy(() -> prove(again, recovery)).isInstanceOf(WrongSecondFactorCode.class);
    }

    @Test
    void fiveWrongCodesEndThePendingSignIn() {
        turnOn();
        gerbang.clock.advance(Duration.ofSeconds(30));
        ChallengeToken mfaToken = challenge();
        TotpCode wrong = new TotpCode(codeNow(active()).digits().equals("000000") ? "000001" : "000000");

        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> prove(mfaToken, wrong)).isInstanceOf(WrongSecondFactorCode.class);
        }

        assertThatThrownBy(() -> prove(mfaToken, codeNow(active()))).isInstanceOf(SignInChallengeGone.class);
    }

    @Test
    void aPendingSignInDiesWithEveryoneSignedOutAndExpiresAfterFiveMinutes() {
        turnOn();
        gerbang.clock.advance(Duration.ofSeconds(30));
        ChallengeToken beforeTheChange = challenge();

        gerbang.sessions.endAllOf(TENANT, naruto.id(), null);
        assertThatThrownBy(() -> prove(beforeTheChange, codeNow(active()))).isInstanceOf(SignInChallengeGone.class);

        ChallengeToken stale = challenge();
        gerbang.clock.advance(Duration.ofMinutes(5));
        assertThatThrownBy(() -> prove(stale, codeNow(active()))).isInstanceOf(SignInChallengeGone.class);
    }

    @Test
    void aTenantClosedBetweenThePasswordAndTheCodeAdmitsNoSession() {
        turnOn();
        gerbang.clock.advance(Duration.ofSeconds(30));
        ChallengeToken mfaToken = challenge();

        gerbang.tenants.with(new Tenant(TENANT, "PT. Huminor Tech", TenantType.INTERNAL, false));

        assertThatThrownBy(() -> prove(mfaToken, codeNow(active()))).isInstanceOf(TenantClosed.class);
        assertThat(gerbang.sessions.of(TENANT, naruto.id()))
                .as("only the one that turned it on")
                .hasSize(1);
    }

    @Test
    void aReEnrolledAuthenticatorsFirstCodeIsTakenInTheSameStepAsTheOldOnesLast() {
        turnOn();
        gerbang.clock.advance(Duration.ofSeconds(30));
        TotpSecret old = active();
        Principal caller = gerbang.signedIn(naruto);
        twoFactor.disable(new ManageTwoFactor.Disable(caller, codeNow(old)));

        twoFactor.setUp(caller);
        TotpSecret renewed = gerbang.secrets.pending(naruto.id()).orElseThrow();
        twoFactor.enable(new ManageTwoFactor.Enable(caller, codeNow(renewed)));

        assertThat(gerbang.users.byId(naruto.id()).orElseThrow().twoFactorEnabled())
                .isTrue();
        assertThat(gerbang.events.kinds())
                .containsSubsequence(Kind.TWO_FACTOR_ENABLED, Kind.TWO_FACTOR_DISABLED, Kind.TWO_FACTOR_ENABLED);
    }
}
