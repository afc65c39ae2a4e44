package io.gerbang.application.service.organisation;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.Operator;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.BeyondOwnGrant;
import io.gerbang.application.port.in.refusal.NotPermitted;
import io.gerbang.application.port.in.refusal.OutsideScope;
import io.gerbang.application.port.in.refusal.UnknownTenant;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.application.port.out.Users;
import io.gerbang.application.service.user.ProfileAssembler;
import io.gerbang.domain.access.Delegation;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.util.Set;

/**
 * The one place that answers "may this caller use this permission, and over what?": for a person, from
 * their profile (kept in memory, so no database round trip in the steady state) and the domain's scope and
 * delegation rules; for the {@link Operator}, the whole of a tenant that exists.
 */
public class AccessGuard {

    private final ProfileAssembler profiles;
    private final Users users;
    private final Tenants tenants;
    private final Organisation organisation;

    public AccessGuard(ProfileAssembler profiles, Users users, Tenants tenants, Organisation organisation) {
        this.profiles = profiles;
        this.users = users;
        this.tenants = tenants;
        this.organisation = organisation;
    }

    /** The caller's scope for a permission; no assignment granting it at all is {@link NotPermitted}. */
    public Scope scopeFor(Caller caller, Permission permission) {
        Scope scope = scopeOrNone(caller, permission);
        if (!scope.tenantWide() && scope.units().isEmpty()) {
            throw new NotPermitted();
        }
        return scope;
    }

    /** For what serves the whole tenant: the permission held at company level, else {@link NotPermitted}. */
    public void ensureTenantWide(Caller caller, Permission permission) {
        if (!scopeOrNone(caller, permission).tenantWide()) {
            throw new NotPermitted();
        }
    }

    /** The caller's scope for a permission, empty when no assignment grants it. */
    public Scope scopeOrNone(Caller caller, Permission permission) {
        if (caller instanceof Principal person) {
            return profiles.profileOf(person.user()).scopeFor(permission);
        }
        ensureTenantExists((Operator) caller);
        return new Scope(true, Set.of());
    }

    /** The caller's name as members of a room see it. */
    public DisplayName nameOf(Principal caller) {
        return profiles.profileOf(caller.user()).user().name();
    }

    /**
     * A user of the caller's tenant within a scope the caller holds. Anyone outside it, or of another tenant,
     * is "not found", so that their existence does not leak.
     */
    public User userWithin(Caller caller, Scope scope, UserId user) {
        return users.byId(caller.tenant(), user)
                .filter(found -> scope.reaches(found.unitId()))
                .orElseThrow(() -> new OutsideScope(user));
    }

    /** A person gives only roles within their own grant ({@link Delegation}); the operator gives any. */
    public void ensureMayGrant(Caller caller, Role role, OrgNode node) {
        if (caller instanceof Principal person && !delegationOf(person).mayGrant(role, node)) {
            throw new BeyondOwnGrant();
        }
    }

    /** A person takes back only assignments their own grant covers; the operator any. */
    public void ensureMayWithdrawAt(Caller caller, OrgNode node) {
        if (caller instanceof Principal person && !delegationOf(person).mayWithdrawAt(node)) {
            throw new NotPermitted();
        }
    }

    /**
     * A person acts on another person (a new password, a deactivation, two-factor off) only if everything that
     * person holds lies within their own reach ({@link Delegation#mayAdminister}); the operator on anyone.
     */
    public void ensureMayAdminister(Caller caller, UserId target) {
        if (caller instanceof Principal person
                && !delegationOf(person)
                        .mayAdminister(profiles.profileOf(target).assignments())) {
            throw new BeyondOwnGrant();
        }
    }

    private Delegation delegationOf(Principal person) {
        return new Delegation(profiles.profileOf(person.user()).assignments(), organisation.units(person.tenant()));
    }

    /** The operator acts on a tenant that exists; any other is "not found". */
    void ensureTenantExists(Operator operator) {
        if (tenants.byId(operator.tenant()).isEmpty()) {
            throw new UnknownTenant(operator.tenant());
        }
    }
}
