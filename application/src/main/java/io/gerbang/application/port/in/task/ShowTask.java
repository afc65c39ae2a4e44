package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import java.util.Objects;

/**
 * One task with its members, if the caller may see it (else {@link
 * io.gerbang.application.port.in.refusal.UnknownTask}).
 */
public interface ShowTask {

    TaskRoom show(Query query);

    record Query(Principal caller, TaskId task) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
        }
    }
}
