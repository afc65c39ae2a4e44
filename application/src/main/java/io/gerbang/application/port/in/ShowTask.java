package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;

/** One task with its members, if the caller may see it (else {@link io.gerbang.application.port.in.refusal.UnknownTask}). */
public interface ShowTask {

    TaskRoom show(Principal caller, TaskId task);
}
