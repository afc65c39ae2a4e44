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

    /** Removes the user's assignment; false when it was not there. */
    boolean remove(TenantId tenant, UserId user, AssignmentId assignment);
}
