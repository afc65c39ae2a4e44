package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;

/** Renames a task (its owner, or tasks.manage over its unit); the room hears {@code task_updated}. */
public interface UpdateTask {

    TaskRoom retitle(Principal caller, TaskId task, String title);
}
