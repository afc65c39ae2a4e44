package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import java.util.Objects;

/** Renames a task (its owner, or tasks.manage over its unit); the room hears {@code task_updated}. */
public interface UpdateTask {

    TaskRoom retitle(Command command);

    record Command(Principal caller, TaskId task, String title) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            title = Task.checkedTitle(title);
        }
    }
}
