package io.gerbang.application.service.user;

import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.user.CreateUser;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.User;
import java.time.Clock;

public class CreateUserService implements CreateUser {

    private final Users users;
    private final Organisation organisation;
    private final PasswordHashes passwordHashes;
    private final ProfileAssembler profiles;
    private final AccessGuard guard;
    private final Clock clock;

    public CreateUserService(
            Users users,
            Organisation organisation,
            PasswordHashes passwordHashes,
            ProfileAssembler profiles,
            AccessGuard guard,
            Clock clock) {
        this.users = users;
        this.organisation = organisation;
        this.passwordHashes = passwordHashes;
        this.profiles = profiles;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public UserProfile create(Command command) {
        Scope scope = guard.scopeFor(command.caller(), Permissions.USERS_WRITE);
        UserPlacement.ensureMayPlace(organisation, command.caller().tenant(), scope, command.unitId());
        NewUser user = new NewUser(
                command.caller().tenant(),
                command.identity(),
                command.email(),
                command.name(),
                passwordHashes.hash(command.password()),
                command.unitId(),
                command.active());
        User added = users.add(user, clock.instant()).orElseThrow(() -> new AlreadyExists());
        return profiles.profileOf(added.id());
    }
}
