package io.gerbang.application.port.out;

import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.util.List;
import java.util.Optional;

/** Reads everything a profile is built from, in as few round trips as the store allows. */
public interface UserProfiles {

    Optional<ProfileSource> of(UserId user);

    /**
     * The raw material of a profile: the assignments as domain objects (for the rules), the same with their
     * names (for display), the units those assignments could cover, and the menu entries with the
     * permission each needs.
     */
    record ProfileSource(
            User user,
            Tenant tenant,
            List<RoleAssignment> assignments,
            List<GrantedRole> namedRoles,
            List<OrgUnit> candidateUnits,
            List<Module> modules,
            UnitCode homeUnitCode) {}

    record Module(String group, String name, String path, String icon, String description, Permission permission) {}
}
