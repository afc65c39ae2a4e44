package io.gerbang.application.service.signin;

import io.gerbang.application.port.in.refusal.WrongCredentials;
import io.gerbang.application.port.in.signin.LogIn;
import io.gerbang.application.port.in.signin.SignInName;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.user.User;
import java.time.Clock;
import java.util.Optional;

/**
 * The first step of a password sign-in: who the name is, whether the password is theirs, and whether their
 * account may hold a session. Its limits ({@link RequestLimits}) are checked once the account is looked up
 * and before the password, so a refused client learns nothing; a name nobody has costs the same hashing work
 * as a real check, so the answer's timing does not tell who exists. A password kept under an outdated hash is
 * hashed again while it is at hand. The password is checked against the user as read after their
 * {@link SessionEpoch} (the name's lookup only finds who it is), so a change stored meanwhile is either seen
 * or refuses the session the sign-in then tries to open.
 */
public class PasswordCheck {

    private final Users users;
    private final Sessions sessions;
    private final PasswordHashes passwordHashes;
    private final ProfileChanges profileChanges;
    private final RequestLimits limits;
    private final SecurityEvents events;
    private final Clock clock;

    public PasswordCheck(
            Users users,
            Sessions sessions,
            PasswordHashes passwordHashes,
            ProfileChanges profileChanges,
            RequestLimits limits,
            SecurityEvents events,
            Clock clock) {
        this.users = users;
        this.sessions = sessions;
        this.passwordHashes = passwordHashes;
        this.profileChanges = profileChanges;
        this.limits = limits;
        this.events = events;
        this.clock = clock;
    }

    /** A user whose password this is, with the attempt the limits counted; refused otherwise. */
    public Verified verify(Tenant tenant, LogIn.Command command) {
        Optional<User> found = command.name() instanceof SignInName.ByEmail byEmail
                ? users.byEmail(tenant.id(), byEmail.email())
                : users.byIdentity(tenant.id(), ((SignInName.ByIdentity) command.name()).identity());
        Account account = found.map(user -> Account.of(user.id()))
                .orElseGet(() -> Account.named(command.name().text()));
        RequestLimits.SignInAttempt attempt = limits.admitSignIn(tenant.id(), account, command.from());
        SessionEpoch epoch =
                found.map(named -> sessions.epochOf(tenant.id(), named.id())).orElse(SessionEpoch.FIRST);
        Optional<User> current = found.flatMap(named -> users.byId(tenant.id(), named.id()));
        if (current.isEmpty()) {
            passwordHashes.matchAgainstDummy(command.password());
            events.record(Event.of(Kind.SIGN_IN_FAILED, tenant.id(), null));
            throw limits.failed(attempt, new WrongCredentials());
        }
        User user = current.get();
        if (!passwordHashes.matches(command.password(), user.passwordHash())) {
            events.record(Event.of(Kind.SIGN_IN_FAILED, tenant.id(), user.id()));
            throw limits.failed(attempt, new WrongCredentials());
        }
        limits.passed(attempt);
        SessionAdmission.ensureMayHoldSession(user, tenant);
        if (passwordHashes.isOutdated(user.passwordHash())) {
            // only over the hash just verified: a password changed meanwhile (on any node) stays changed
            if (users.upgradePasswordHash(
                    user.id(), user.passwordHash(), passwordHashes.hash(command.password()), clock.instant())) {
                profileChanges.changed(user.id());
            }
        }
        return new Verified(user, epoch, attempt);
    }

    /**
     * Who proved their password, the epoch read before the check (their session opens only under it), and the
     * attempt to count as a success once the sign-in completes.
     */
    public record Verified(User user, SessionEpoch epoch, RequestLimits.SignInAttempt attempt) {}
}
