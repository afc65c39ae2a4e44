package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;

/**
 * The one place that answers "may this caller use this permission, and over what?": from the caller's
 * profile (kept in memory, so no database round trip in the steady state) and the domain's scope rule.
 */
public class AccessGuard {

    private final ProfileAssembler profiles;
    private final Users users;

    public AccessGuard(ProfileAssembler profiles, Users users) {
        this.profiles = profiles;
        this.users = users;
    }

    /** The caller's scope for a permission; no assignment granting it at all is a 403. */
    public Scope scopeFor(Principal caller, String permission) {
        Scope scope = scopeOrNone(caller, permission);
        if (!scope.tenantWide() && scope.units().isEmpty()) {
            throw new Refused(Refusal.FORBIDDEN);
        }
        return scope;
    }

    /** The caller's scope for a permission, empty when no assignment grants it. */
    public Scope scopeOrNone(Principal caller, String permission) {
        return profiles.profileOf(caller.user()).scopeFor(permission);
    }

    /** The caller's name as members of a room see it. */
    public String nameOf(Principal caller) {
        return profiles.profileOf(caller.user()).user().name();
    }

    /**
     * A user of the caller's tenant within a scope the caller holds. Anyone outside it, or of another tenant,
     * is "not found", so that their existence does not leak.
     */
    public User userWithin(Principal caller, Scope scope, UserId user) {
        return users.byId(caller.tenant(), user)
                .filter(found -> scope.reaches(found.unitId()))
                .orElseThrow(() -> new Refused(Refusal.NOT_FOUND));
    }
}
