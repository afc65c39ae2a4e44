package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.in.ShowUser;
import io.gerbang.application.port.in.UserProfile;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.UserId;

public class ShowUserService implements ShowUser {

    private final Users users;
    private final ProfileAssembler profiles;
    private final AccessGuard guard;

    public ShowUserService(Users users, ProfileAssembler profiles, AccessGuard guard) {
        this.users = users;
        this.profiles = profiles;
        this.guard = guard;
    }

    @Override
    public UserProfile show(Principal caller, UserId user) {
        Scope scope = guard.scopeFor(caller, Permissions.USERS_READ);
        // Out of scope or of another tenant: not found, so that its existence does not leak.
        users.byId(caller.tenant(), user).filter(found -> scope.reaches(found.unitId()))
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
        return profiles.profileOf(user);
    }
}
