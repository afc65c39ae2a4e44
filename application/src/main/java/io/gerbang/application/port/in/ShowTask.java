package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;

/** One task with its members, if the caller may see it (else 404). */
public interface ShowTask {

    TaskRoom show(Principal caller, TaskId task);
}
