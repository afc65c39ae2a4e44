package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.access.SessionOversight;
import io.gerbang.domain.user.UserId;

/** Applies {@link SessionOversight} to a caller, and keeps the tenant wall: users of other tenants do not exist. */
public class SessionGuard {

    private final ProfileAssembler profiles;
    private final Users users;

    public SessionGuard(ProfileAssembler profiles, Users users) {
        this.profiles = profiles;
        this.users = users;
    }

    public void ensureMayOversee(Principal caller, UserId target) {
        if (!caller.user().equals(target) && users.byId(caller.tenant(), target).isEmpty()) {
            throw new Refused(Refusal.NOT_FOUND);
        }
        if (!SessionOversight.mayOversee(caller.user(), profiles.profileOf(caller.user()).permissions(), target)) {
            throw new Refused(Refusal.FORBIDDEN);
        }
    }

    public void ensureMayManageAll(Principal caller) {
        if (!profiles.profileOf(caller.user()).may(io.gerbang.domain.access.Permissions.SESSIONS_MANAGE)) {
            throw new Refused(Refusal.FORBIDDEN);
        }
    }
}
