package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/**
 * Sends a {@code task_notification} to everybody connected to a task's room: for use cases that want to
 * tell a room something, and for the task's managers over REST.
 */
public interface NotifyTask {

    void notify(Command command);

    record Command(Principal caller, TaskId task, String message) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(message, "message");
        }
    }
}
