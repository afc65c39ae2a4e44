package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskRoom;

/** Opens a task in a unit of the caller's tasks.write scope; the caller owns it and is its first member. */
public interface CreateTask {

    TaskRoom create(Principal caller, String title, long unitId);
}
