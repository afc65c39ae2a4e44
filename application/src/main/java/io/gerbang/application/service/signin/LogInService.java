package io.gerbang.application.service.signin;

import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.refusal.WrongCredentials;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.in.signin.SignInOutcome;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.twofactor.ChallengeToken;
import io.gerbang.domain.twofactor.SignInChallenge;
import io.gerbang.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A password sign-in: once the {@link PasswordCheck} passes, a session, or a challenge for the second factor
 * when the user has two-factor on. When every session of the user was ended while the password was checked
 * (a password change, a deactivation: see {@link io.gerbang.domain.session.SessionEpoch}), the sign-in starts
 * over once, so it answers what the user now is (a wrong password, an inactive account, a second step).
 */
public class LogInService implements LogIn {

    /** A sign-in superseded by a change this many times running is refused (it would take a storm of changes). */
    private static final int ATTEMPTS = 2;

    private final Tenants tenants;
    private final PasswordCheck passwords;
    private final SessionOpening sessions;
    private final SignInChallenges challenges;
    private final RequestLimits limits;
    private final SecurityEvents events;
    private final Clock clock;

    public LogInService(
            Tenants tenants,
            PasswordCheck passwords,
            SessionOpening sessions,
            SignInChallenges challenges,
            RequestLimits limits,
            SecurityEvents events,
            Clock clock) {
        this.tenants = tenants;
        this.passwords = passwords;
        this.sessions = sessions;
        this.challenges = challenges;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public SignInOutcome logIn(Command command) {
        Tenant tenant =
                tenants.byId(command.tenant()).filter(Tenant::admitsSignIns).orElseThrow(() -> new TenantClosed());
        for (int attempt = 1; ; attempt++) {
            Optional<SignInOutcome> outcome = signIn(tenant, command);
            if (outcome.isPresent()) {
                return outcome.get();
            }
            if (attempt == ATTEMPTS) {
                throw new WrongCredentials();
            }
        }
    }

    /** Empty when every session of the user was ended while the password was checked. */
    private Optional<SignInOutcome> signIn(Tenant tenant, Command command) {
        PasswordCheck.Verified verified = passwords.verify(tenant, command);
        User user = verified.user();
        Instant now = clock.instant();
        if (user.twoFactorEnabled()) {
            ChallengeToken token = challenges.open(
                    SignInChallenge.begin(user.id(), tenant.id(), command.client(), verified.epoch(), now));
            events.record(Event.of(Kind.SECOND_FACTOR_REQUIRED, tenant.id(), user.id()));
            return Optional.of(new SignInOutcome.SecondFactorRequired(token, SignInChallenge.LIFETIME.toSeconds()));
        }
        Optional<LoginResult> result = sessions.open(user, command.client(), verified.epoch(), now);
        if (result.isPresent()) {
            limits.succeeded(verified.attempt());
            events.record(Event.of(Kind.SIGN_IN_SUCCEEDED, tenant.id(), user.id()));
        }
        return result.map(SignInOutcome.class::cast);
    }
}
