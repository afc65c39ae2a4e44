package io.gerbang.application.service;

import io.gerbang.application.port.in.LogInWithSecondFactor;
import io.gerbang.application.port.in.LoginResult;
import io.gerbang.application.port.in.refusal.AccountInactive;
import io.gerbang.application.port.in.refusal.SignInChallengeGone;
import io.gerbang.application.port.in.refusal.WrongSecondFactorCode;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.SignInChallenges;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.twofactor.SignInChallenge;
import io.gerbang.domain.user.User;

/**
 * The second half of a two-factor sign-in. A token that is unknown, expired, used, dead of wrong codes or of
 * another tenant is {@link SignInChallengeGone}; a wrong or replayed code is {@link WrongSecondFactorCode} and counts
 * against the token and against the account's failures from this client ({@link RequestLimits}).
 */
public class LogInWithSecondFactorService implements LogInWithSecondFactor {

    private final SignInChallenges challenges;
    private final SecondFactorCheck check;
    private final Users users;
    private final SessionOpening sessions;
    private final RequestLimits limits;
    private final SecurityEvents events;

    public LogInWithSecondFactorService(SignInChallenges challenges, SecondFactorCheck check, Users users,
                                        SessionOpening sessions, RequestLimits limits, SecurityEvents events) {
        this.limits = limits;
        this.events = events;
        this.challenges = challenges;
        this.check = check;
        this.users = users;
        this.sessions = sessions;
    }

    @Override
    public LoginResult logIn(Command command) {
        SignInChallenge challenge = challenges.find(command.mfaToken())
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
        if (!check.proves(user.id(), command.code())) {
            challenges.wrongCode(command.mfaToken());
            events.record(Event.of(Kind.SECOND_FACTOR_FAILED, user.tenant(), user.id()));
            throw limits.failed(attempt, new WrongSecondFactorCode());
        }
        if (!challenges.succeed(command.mfaToken())) {
            throw new SignInChallengeGone();
        }
        if (!user.mayHoldSession()) {
            throw new AccountInactive();
        }
        limits.succeeded(attempt);
        LoginResult result = sessions.open(user, challenge.client(), check.now());
        events.record(Event.of(Kind.SIGN_IN_SUCCEEDED, user.tenant(), user.id()));
        return result;
    }
}
