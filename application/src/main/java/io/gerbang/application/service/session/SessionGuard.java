package io.gerbang.application.service.session;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.NotPermitted;
import io.gerbang.application.port.in.refusal.OutsideScope;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.user.ProfileAssembler;
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

    /** The operator oversees every user of a tenant; a person as {@link SessionOversight} says. */
    public void ensureMayOversee(Caller caller, UserId target) {
        boolean self = caller instanceof Principal person && person.user().equals(target);
        if (!self && users.byId(caller.tenant(), target).isEmpty()) {
            throw new OutsideScope(target);
        }
        if (caller instanceof Principal person
                && !SessionOversight.mayOversee(
                        person.user(), profiles.profileOf(person.user()).permissions(), target)) {
            throw new NotPermitted();
        }
    }

    public void ensureMayManageAll(Principal caller) {
        if (!profiles.profileOf(caller.user()).may(io.gerbang.domain.access.Permissions.SESSIONS_MANAGE)) {
            throw new NotPermitted();
        }
    }
}
