package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;

/** A socket leaves a task room (asked to, or closed): the others hear {@code user_left}. */
public interface LeaveTaskRoom {

    void leave(Principal caller, TaskId task, String socket);
}
