package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * Adds, changes or removes a member of a task, as the room's rules allow ({@link io.gerbang.domain.task.TaskRoom}).
 * The room hears of the change; a removed member is taken out of the room at once.
 */
public interface ChangeTaskMembers {

    MemberChange put(Put command);

    void remove(Removal command);

    /** {@code canComment} null: as the room decides for a member nobody said otherwise of. */
    record Put(Principal caller, TaskId task, UserId user, Boolean canComment) {

        public Put {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(user, "user");
        }
    }

    record Removal(Principal caller, TaskId task, UserId user) {

        public Removal {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(user, "user");
        }
    }
}
