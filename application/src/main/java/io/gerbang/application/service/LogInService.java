package io.gerbang.application.service;

import io.gerbang.application.port.in.LogIn;
import io.gerbang.application.port.in.LoginResult;
import io.gerbang.application.port.in.SignInOutcome;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.twofactor.SignInChallenge;
import io.gerbang.domain.user.User;
import java.time.Clock;
import java.time.Instant;

/**
 * A password sign-in: once the {@link PasswordCheck} passes, a session, or a challenge for the second factor
 * when the user has two-factor on.
 */
public class LogInService implements LogIn {

    private final Tenants tenants;
    private final PasswordCheck passwords;
    private final SessionOpening sessions;
    private final SignInChallenges challenges;
    private final RequestLimits limits;
    private final SecurityEvents events;
    private final Clock clock;

    public LogInService(Tenants tenants, PasswordCheck passwords, SessionOpening sessions,
                        SignInChallenges challenges, RequestLimits limits, SecurityEvents events, Clock clock) {
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
        Tenant tenant = tenants.byId(command.tenant())
                .filter(Tenant::admitsSignIns)
                .orElseThrow(() -> new TenantClosed());
        PasswordCheck.Verified verified = passwords.verify(tenant, command);
        User user = verified.user();
        Instant now = clock.instant();
        if (user.twoFactorEnabled()) {
            String token = challenges.open(SignInChallenge.begin(user.id(), tenant.id(), command.client(), now));
            events.record(Event.of(Kind.SECOND_FACTOR_REQUIRED, tenant.id(), user.id()));
            return new SignInOutcome.SecondFactorRequired(token, SignInChallenge.LIFETIME.toSeconds());
        }
        limits.succeeded(verified.attempt());
        LoginResult result = sessions.open(user, command.client(), now);
        events.record(Event.of(Kind.SIGN_IN_SUCCEEDED, tenant.id(), user.id()));
        return result;
    }
}
