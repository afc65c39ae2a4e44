package io.gerbang.application.port.in;

import io.gerbang.domain.access.UnitId;
import io.gerbang.application.port.in.UserProfile.GrantedRole;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * Gives a user a role at one node of the organisation tree (roles.assign). The node is named by the id of
 * its level ({@code company_id}, {@code branch_id} or {@code unit_id}); ids of the nodes above it may be
 * given too and must then match.
 */
public interface AssignRole {

    GrantedRole assign(Command command);

    record Command(Caller caller, UserId user, long roleId, AssignmentLevel level, Long companyId, Long branchId,
                   UnitId unitId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(level, "level");
        }
    }
}
