package io.gerbang.application.service.user;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.UserProfile;
import io.gerbang.application.port.in.user.ShowUser;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.UserId;

public class ShowUserService implements ShowUser {

    private final ProfileAssembler profiles;
    private final AccessGuard guard;

    public ShowUserService(ProfileAssembler profiles, AccessGuard guard) {
        this.profiles = profiles;
        this.guard = guard;
    }

    @Override
    public UserProfile show(Query query) {
        Principal caller = query.caller();
        UserId user = query.user();
        Scope scope = guard.scopeFor(caller, Permissions.USERS_READ);
        guard.userWithin(caller, scope, user);
        return profiles.profileOf(user);
    }
}
