package io.gerbang.application.service.signin;

import io.gerbang.application.port.in.refusal.SignInChallengeGone;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.application.port.in.refusal.WrongSecondFactorCode;
import io.gerbang.application.port.in.signin.LogInWithSecondFactor;
import io.gerbang.application.port.in.signin.LoginResult;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.twofactor.SecondFactorCheck;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.twofactor.SignInChallenge;
import io.gerbang.domain.user.User;

/**
 * The second half of a two-factor sign-in. A token that is unknown, expired, used, dead of wrong codes or of
 * another tenant is {@link SignInChallengeGone}; a wrong or replayed code is {@link WrongSecondFactorCode} and counts
 * against the token and against the account's failures from this client ({@link RequestLimits}), each counted
 * before the code is checked.
 */
public class LogInWithSecondFactorService implements LogInWithSecondFactor {

    private final Tenants tenants;
    private final SignInChallenges challenges;
    private final SecondFactorCheck check;
    private final Users users;
    private final SessionOpening sessions;
    private final RequestLimits limits;
    private final SecurityEvents events;

    public LogInWithSecondFactorService(
            Tenants tenants,
            SignInChallenges challenges,
            SecondFactorCheck check,
            Users users,
            SessionOpening sessions,
            RequestLimits limits,
            SecurityEvents events) {
        this.tenants = tenants;
        this.limits = limits;
        this.events = events;
        this.challenges = challenges;
        this.check = check;
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public LoginResult logIn(Command command) {
        SignInChallenge challenge = challenges
                .find(command.mfaToken())
                .filter(found -> found.open(command.tenant(), check.now()))
                .orElse(null);
        if (challenge == null) {
            limits.admitSignIn(command.tenant(), command.from()); // a dead token is still a sign-in request
            throw new SignInChallengeGone();
        }
        User user = users.byId(challenge.tenant(), challenge.user())
                .filter(User::twoFactorEnabled)
                .orElseThrow(() -> new SignInChallengeGone());
        RequestLimits.SignInAttempt attempt = limits.admitSignIn(user.tenant(), Account.of(user.id()), command.from());
        if (!challenges.tryCode(command.mfaToken())) {
            throw new SignInChallengeGone();
        }
        if (!check.proves(user.id(), command.code())) {
            events.record(Event.of(Kind.SECOND_FACTOR_FAILED, user.tenant(), user.id()));
            throw limits.failed(attempt, new WrongSecondFactorCode());
        }
        limits.passed(attempt);
        if (!challenges.succeed(command.mfaToken())) {
            throw new SignInChallengeGone();
        }
        // the tenant read now, not when the password was checked: one closed since is refused here
        SessionAdmission.ensureMayHoldSession(user, tenants.byId(user.tenant()).orElseThrow(() -> new TenantClosed()));
        // under the epoch of the password step: a password change or deactivation since then ends this sign-in too
        LoginResult result = sessions.open(user, challenge.client(), challenge.epoch(), check.now())
                .orElseThrow(() -> new SignInChallengeGone());
        limits.succeeded(attempt);
        events.record(Event.of(Kind.SIGN_IN_SUCCEEDED, user.tenant(), user.id()));
        return result;
    }
}
