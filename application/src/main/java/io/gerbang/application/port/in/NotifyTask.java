package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;

/**
 * Sends a {@code task_notification} to everybody connected to a task's room: for use cases that want to
 * tell a room something, and for the task's managers over REST.
 */
public interface NotifyTask {

    void notify(Principal caller, TaskId task, String message);
}
