package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.domain.access.Scope;

/**
 * The one place that answers "may this caller use this permission, and over what?": from the caller's
 * profile (kept in memory, so no database round trip in the steady state) and the domain's scope rule.
 */
public class AccessGuard {

    private final ProfileAssembler profiles;

    public AccessGuard(ProfileAssembler profiles) {
        this.profiles = profiles;
    }

    /** The caller's scope for a permission; no assignment granting it at all is a 403. */
    public Scope scopeFor(Principal caller, String permission) {
        Scope scope = profiles.profileOf(caller.user()).scopeFor(permission);
        if (!scope.tenantWide() && scope.units().isEmpty()) {
            throw new Refused(Refusal.FORBIDDEN);
        }
        return scope;
    }
}
