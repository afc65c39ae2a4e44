package io.gerbang.application.port.in;

import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;

/**
 * Adds, changes or removes a member of a task, as the room's rules allow ({@link io.gerbang.domain.task.TaskRoom}).
 * The room hears of the change; a removed member is taken out of the room at once.
 */
public interface ChangeTaskMembers {

    /** {@code canComment} null: as the room decides for a member nobody said otherwise of. */
    MemberChange put(Principal caller, TaskId task, UserId user, Boolean canComment);

    void remove(Principal caller, TaskId task, UserId user);
}
