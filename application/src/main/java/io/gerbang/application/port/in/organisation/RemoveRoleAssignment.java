package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Caller;
import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * Takes a role assignment back (roles.assign). The user's sessions end at once, since what they could do
 * rested on it; the tenant's last administrator keeps theirs.
 */
public interface RemoveRoleAssignment {

    void remove(Command command);

    record Command(Caller caller, UserId user, AssignmentId assignment) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(assignment, "assignment");
        }
    }
}
