package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * Gives a user a role at one node of the organisation tree (roles.assign). The node is named by the id of
 * its level (a company, branch or unit id); ids of the nodes above it may be given too and must then match.
 */
public interface AssignRole {

    GrantedRole assign(Command command);

    record Command(
            Caller caller,
            UserId user,
            RoleId role,
            AssignmentLevel level,
            CompanyId companyId,
            BranchId branchId,
            UnitId unitId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(level, "level");
        }
    }
}
