package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;

/**
 * Adds, changes or removes a member of a task (its owner, or tasks.manage over its unit). The room hears
 * {@code member_changed}; a removed member is taken out of the room at once.
 */
public interface ChangeTaskMembers {

    /** True when the user was not a member before. */
    boolean put(Principal caller, TaskId task, UserId user, boolean canComment);

    void remove(Principal caller, TaskId task, UserId user);
}
