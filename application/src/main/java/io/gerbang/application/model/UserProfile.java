package io.gerbang.application.model;

import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.user.User;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user as clients see them: who they are (and the code of their home unit, if it has one), their roles, what
 * they may do and which menus they may open.
 */
public record UserProfile(
        User user,
        Tenant tenant,
        List<GrantedRole> roles,
        Set<Permission> permissions,
        Scope scope,
        Map<String, List<MenuEntry>> modules,
        List<RoleAssignment> assignments,
        List<OrgUnit> coverableUnits,
        UnitCode homeUnitCode) {

    public UserProfile {
        roles = List.copyOf(roles);
        permissions = Set.copyOf(permissions);
        modules = Map.copyOf(modules);
        assignments = List.copyOf(assignments);
        coverableUnits = List.copyOf(coverableUnits);
    }

    /** What this user reaches with one permission: the domain's rule over their assignments. */
    public Scope scopeFor(Permission permission) {
        return Scope.forPermission(permission, assignments, coverableUnits);
    }

    /** The names of the person's roles, in the order of their assignments (a client's role word picks among them). */
    public List<String> roleNames() {
        return roles.stream().map(GrantedRole::roleName).toList();
    }

    public boolean may(Permission permission) {
        return permissions.contains(permission);
    }

    /** One role assignment with the names of everything it points at. */
    public record GrantedRole(
            AssignmentId assignment,
            AssignmentLevel level,
            RoleId role,
            String roleName,
            String roleDescription,
            CompanyId companyId,
            String companyName,
            BranchId branchId,
            String branchName,
            UnitId unitId,
            String unitName,
            UnitCode unitCode) {}

    /** One entry of a menu group: name, path, icon, description. */
    public record MenuEntry(String name, String path, String icon, String description) {}
}
