package io.gerbang.application.service.user;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.refusal.LastAdministrator;
import io.gerbang.application.port.in.user.UpdateUser;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.TenantAdministration;
import io.gerbang.application.port.out.Transactions;
import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.User;
import java.time.Clock;
import java.time.Instant;

public class UpdateUserService implements UpdateUser {

    private final Users users;
    private final TenantAdministration administration;
    private final Organisation organisation;
    private final PasswordHashes passwordHashes;
    private final Sessions sessions;
    private final ProfileChanges profileChanges;
    private final ProfileAssembler profiles;
    private final AccessGuard guard;
    private final TwoFactorSecrets twoFactor;
    private final Transactions transactions;
    private final Clock clock;
    private final SecurityEvents events;

    public UpdateUserService(
            Users users,
            TenantAdministration administration,
            Organisation organisation,
            PasswordHashes passwordHashes,
            Sessions sessions,
            ProfileChanges profileChanges,
            ProfileAssembler profiles,
            AccessGuard guard,
            TwoFactorSecrets twoFactor,
            Transactions transactions,
            Clock clock,
            SecurityEvents events) {
        this.users = users;
        this.administration = administration;
        this.organisation = organisation;
        this.passwordHashes = passwordHashes;
        this.sessions = sessions;
        this.profileChanges = profileChanges;
        this.profiles = profiles;
        this.guard = guard;
        this.twoFactor = twoFactor;
        this.transactions = transactions;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public UserProfile update(Command command) {
        Scope scope = guard.scopeFor(command.caller(), Permissions.USERS_WRITE);
        User before = guard.userWithin(command.caller(), scope, command.user());
        guard.ensureMayAdminister(command.caller(), before.id());
        boolean wasActive = before.active();
        Instant now = clock.instant();
        User user = changed(before, command, scope, now);
        // the user's row and their second factor change together, or neither does
        boolean twoFactorTurnedOff = transactions.inOne(() -> {
            // a deactivation may not take the tenant's last administrator: decided under the tenant's lock, which
            // the transaction holds until the change is stored
            if (wasActive
                    && !user.active()
                    && !administration.lockAndRead(user.tenant()).survivesDeactivationOf(user.id())) {
                throw new LastAdministrator();
            }
            users.save(before, user);
            return command.twoFactorOff() && twoFactor.disable(user.id(), now);
        });
        profileChanges.changed(user.id());
        if (wasActive && !user.active()) {
            events.record(Event.of(Kind.USER_DEACTIVATED, user.tenant(), user.id()));
        }
        if (twoFactorTurnedOff) {
            events.record(new Event(Kind.TWO_FACTOR_DISABLED, user.tenant(), user.id(), "by_administrator"));
        }
        if (command.password() != null) {
            events.record(new Event(Kind.PASSWORD_CHANGED, user.tenant(), user.id(), "by_administrator"));
        }
        if (!user.mayHoldSession() || command.password() != null || twoFactorTurnedOff) {
            // out at once: every session ends, so each of its access tokens is refused on its next call
            sessions.endAllOf(user.tenant(), user.id(), null);
        }
        return profiles.profileOf(user.id());
    }

    /** The user with the command's fields, each checked against the rules it touches. */
    private User changed(User user, Command command, Scope scope, Instant now) {
        if (command.name() != null) {
            user = user.renamed(command.name(), now);
        }
        if (command.active() != null) {
            user = user.activated(command.active(), now);
        }
        if (command.unitGiven()) {
            UserPlacement.ensureMayPlace(organisation, command.caller().tenant(), scope, command.unitId());
            user = user.movedTo(command.unitId(), now);
        }
        if (command.password() != null) {
            user = user.withPasswordHash(passwordHashes.hash(command.password()), now);
        }
        return user;
    }
}
