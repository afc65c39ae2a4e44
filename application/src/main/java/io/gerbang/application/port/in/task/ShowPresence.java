package io.gerbang.application.port.in.task;

import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.TaskId;
import java.util.List;
import java.util.Objects;

/** Who is connected to a task room, on any node (members only). */
public interface ShowPresence {

    List<PresentUser> presence(Query query);

    record Query(Principal caller, TaskId task) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
        }
    }
}
