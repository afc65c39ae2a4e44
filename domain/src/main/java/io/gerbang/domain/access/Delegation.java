package io.gerbang.domain.access;

import java.util.Collection;

/**
 * Who may hand out or take back a role where. Giving a role at a node needs {@code roles.assign} over all of
 * that node, and every permission of the role over all of it too, so nobody can grant more than they hold
 * (a unit admin cannot make somebody a console admin). Taking a role back needs {@code roles.assign} over its
 * node.
 */
public final class Delegation {

    private final Collection<RoleAssignment> holderAssignments;
    private final Collection<OrgUnit> tenantUnits;

    public Delegation(Collection<RoleAssignment> holderAssignments, Collection<OrgUnit> tenantUnits) {
        this.holderAssignments = holderAssignments;
        this.tenantUnits = tenantUnits;
    }

    public boolean mayGrant(Role role, OrgNode node) {
        return mayWithdrawAt(node) && role.permissions().stream()
                .allMatch(permission -> Scope.forPermission(permission, holderAssignments, tenantUnits)
                        .reachesAll(node, tenantUnits));
    }

    public boolean mayWithdrawAt(OrgNode node) {
        return Scope.forPermission(Permissions.ROLES_ASSIGN, holderAssignments, tenantUnits)
                .reachesAll(node, tenantUnits);
    }
}
