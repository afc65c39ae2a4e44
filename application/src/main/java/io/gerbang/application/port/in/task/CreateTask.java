package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskRoom;
import java.util.Objects;

/** Opens a task in a unit of the caller's tasks.write scope; the caller owns it and is its first member. */
public interface CreateTask {

    TaskRoom create(Command command);

    record Command(Principal caller, String title, UnitId unitId) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            title = Task.checkedTitle(title);
        }
    }
}
