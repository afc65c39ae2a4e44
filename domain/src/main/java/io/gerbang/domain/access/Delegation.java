package io.gerbang.domain.access;

import java.util.Collection;

/**
 * Who may hand out or take back a role where. Giving a role at a node needs {@code roles.assign} over all of
 * that node, and every permission of the role over all of it too, so nobody can grant more than they hold
 * (a unit admin cannot make somebody a console admin). Taking a role back needs {@code roles.assign} over its
 * node. The same holds for acting on a person ({@link #mayAdminister}): changing their password, deactivating
 * them or turning their second factor off takes over everything they hold, so it needs {@code users.write}
 * over each of their assignments' nodes and every permission of each of those roles there too.
 */
public final class Delegation {

    private final Collection<RoleAssignment> holderAssignments;
    private final Collection<OrgUnit> tenantUnits;

    public Delegation(Collection<RoleAssignment> holderAssignments, Collection<OrgUnit> tenantUnits) {
        this.holderAssignments = holderAssignments;
        this.tenantUnits = tenantUnits;
    }

    public boolean mayGrant(Role role, OrgNode node) {
        return mayWithdrawAt(node) && holdsAllOf(role, node);
    }

    /**
     * Whether the holder may change, reset, deactivate or strip the second factor of a person who holds these
     * assignments. A person's home unit says nothing of what they hold: a unit admin would otherwise reset the
     * password of a company-wide administrator whose home unit is theirs, and sign in as them. So: nobody acts
     * on a person who holds anything the holder could not have granted them.
     */
    public boolean mayAdminister(Collection<RoleAssignment> personAssignments) {
        return personAssignments.stream()
                .allMatch(held ->
                        reachesAll(Permissions.USERS_WRITE, held.node()) && holdsAllOf(held.role(), held.node()));
    }

    public boolean mayWithdrawAt(OrgNode node) {
        return reachesAll(Permissions.ROLES_ASSIGN, node);
    }

    /** Whether the holder has every permission of the role over all of the node: nobody acts above that. */
    private boolean holdsAllOf(Role role, OrgNode node) {
        return role.permissions().stream().allMatch(permission -> reachesAll(permission, node));
    }

    private boolean reachesAll(Permission permission, OrgNode node) {
        return Scope.forPermission(permission, holderAssignments, tenantUnits).reachesAll(node, tenantUnits);
    }
}
