package io.gerbang.application.port.out;

import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.Optional;

/** Who holds which role where. */
public interface RoleAssignments {

    /** Records an assignment; empty if the user already holds that role at that node. */
    Optional<AssignmentId> add(TenantId tenant, UserId user, RoleId role, OrgNode node);

    Optional<RoleAssignment> of(TenantId tenant, UserId user, AssignmentId assignment);

    /**
     * Removes an assignment in one transaction holding the tenant's administration lock, unless the domain's
     * {@link io.gerbang.domain.access.TenantAdministrators} rule says it would leave the tenant without an
     * administrator.
     */
    Removal removeKeepingAnAdministrator(TenantId tenant, UserId user, AssignmentId assignment);

    enum Removal { REMOVED, ABSENT, LAST_ADMINISTRATOR }
}
