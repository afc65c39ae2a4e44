package io.gerbang.application.service;

import io.gerbang.application.port.in.LogIn;
import io.gerbang.application.port.in.SignInOutcome;
import io.gerbang.application.port.in.refusal.AccountInactive;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.refusal.WrongCredentials;
import io.gerbang.application.port.in.SignInName;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.in.LoginResult;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.twofactor.SignInChallenge;
import io.gerbang.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * A password sign-in: a session, or a challenge for the second factor when the user has two-factor on. Its
 * limits ({@link RequestLimits}) are checked once the account is looked up and before the password, so a
 * refused client learns nothing.
 */
public class LogInService implements LogIn {

    private final Tenants tenants;
    private final Users users;
    private final PasswordHashes passwordHashes;
    private final SessionOpening sessions;
    private final SignInChallenges challenges;
    private final ProfileChanges profileChanges;
    private final RequestLimits limits;
    private final SecurityEvents events;
    private final Clock clock;

    public LogInService(Tenants tenants, Users users, PasswordHashes passwordHashes, SessionOpening sessions,
                        SignInChallenges challenges, ProfileChanges profileChanges, RequestLimits limits,
                        SecurityEvents events, Clock clock) {
        this.limits = limits;
        this.events = events;
        this.tenants = tenants;
        this.users = users;
        this.passwordHashes = passwordHashes;
        this.sessions = sessions;
        this.challenges = challenges;
        this.profileChanges = profileChanges;
        this.clock = clock;
    }

    @Override
    public SignInOutcome logIn(Command command) {
        Tenant tenant = tenants.byId(command.tenant())
                .filter(Tenant::admitsSignIns)
                .orElseThrow(() -> new TenantClosed());
        Optional<User> found = command.name() instanceof SignInName.ByEmail byEmail
                ? users.byEmail(tenant.id(), byEmail.email())
                : users.byIdentity(tenant.id(), ((SignInName.ByIdentity) command.name()).identity());
        Account account = found.map(user -> Account.of(user.id())).orElseGet(() -> Account.named(command.name().text()));
        RequestLimits.SignInAttempt attempt = limits.admitSignIn(tenant.id(), account, command.from());
        if (found.isEmpty()) {
            // The same hashing work as a real check, so the answer's timing does not tell who exists.
            passwordHashes.matchAgainstDummy(command.password());
            events.record(Event.of(Kind.SIGN_IN_FAILED, tenant.id(), null));
            throw limits.failed(attempt, new WrongCredentials());
        }
        User user = found.get();
        if (!passwordHashes.matches(command.password(), user.passwordHash())) {
            events.record(Event.of(Kind.SIGN_IN_FAILED, tenant.id(), user.id()));
            throw limits.failed(attempt, new WrongCredentials());
        }
        if (!user.mayHoldSession()) {
            throw new AccountInactive();
        }
        Instant now = clock.instant();
        if (passwordHashes.isOutdated(user.passwordHash())) {
            users.changePasswordHash(user.id(), passwordHashes.hash(command.password()), now);
            profileChanges.changed(user.id());
        }
        if (user.twoFactorEnabled()) {
            String token = challenges.open(SignInChallenge.begin(user.id(), tenant.id(), command.client(), now));
            events.record(Event.of(Kind.SECOND_FACTOR_REQUIRED, tenant.id(), user.id()));
            return new SignInOutcome.SecondFactorRequired(token, SignInChallenge.LIFETIME.toSeconds());
        }
        limits.succeeded(attempt);
        LoginResult result = sessions.open(user, command.client(), now);
        events.record(Event.of(Kind.SIGN_IN_SUCCEEDED, tenant.id(), user.id()));
        return result;
    }
}
