package io.gerbang.application.service.user;

import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.in.refusal.WrongCredentials;
import io.gerbang.application.port.in.user.ChangePassword;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.user.User;
import java.time.Clock;

public class ChangePasswordService implements ChangePassword {

    private final Users users;
    private final PasswordHashes passwordHashes;
    private final Sessions sessions;
    private final ProfileChanges profileChanges;
    private final Clock clock;
    private final SecurityEvents events;

    public ChangePasswordService(
            Users users,
            PasswordHashes passwordHashes,
            Sessions sessions,
            ProfileChanges profileChanges,
            Clock clock,
            SecurityEvents events) {
        this.users = users;
        this.passwordHashes = passwordHashes;
        this.sessions = sessions;
        this.profileChanges = profileChanges;
        this.clock = clock;
        this.events = events;
    }

    @Override
    public void change(Command command) {
        User user =
                users.byId(command.caller().tenant(), command.caller().user()).orElseThrow(() -> new SessionEnded());
        if (!passwordHashes.matches(command.currentPassword(), user.passwordHash())) {
            throw new WrongCredentials();
        }
        users.changePasswordHash(user.id(), passwordHashes.hash(command.newPassword()), clock.instant());
        profileChanges.changed(user.id());
        // Whoever else knew the old password is signed out everywhere; this session stays.
        sessions.endAllOf(user.tenant(), user.id(), command.caller().session());
        events.record(Event.of(Kind.PASSWORD_CHANGED, user.tenant(), user.id()));
    }
}
