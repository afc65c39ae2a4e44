package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.refusal.NotAMember;
import io.gerbang.application.port.in.refusal.NotPermitted;
import io.gerbang.application.port.in.refusal.UnknownTask;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;

/**
 * Who may see, enter and manage a task, in one place. A task the caller may not see at all (another
 * tenant's, out of their tasks.read scope and not theirs) is "not found", so its existence does not leak.
 */
public class TaskAccess {

    private final Tasks tasks;
    private final AccessGuard guard;

    public TaskAccess(Tasks tasks, AccessGuard guard) {
        this.tasks = tasks;
        this.guard = guard;
    }

    /** Members, and whoever's tasks.read scope reaches the task's unit. */
    public TaskRoom visible(Principal caller, TaskId task) {
        return tasks.room(caller.tenant(), task)
                .filter(room -> room.mayJoin(caller.user())
                        || guard.scopeOrNone(caller, Permissions.TASKS_READ).reaches(room.task().unitId()))
                .orElseThrow(() -> new UnknownTask(task));
    }

    /** Members only: a task the caller sees but does not belong to is {@link NotAMember}. */
    public TaskRoom asMember(Principal caller, TaskId task) {
        TaskRoom room = visible(caller, task);
        if (!room.mayJoin(caller.user())) {
            throw new NotAMember(task);
        }
        return room;
    }

    /**
     * For joining and posting: anything but membership is {@link NotAMember}, whether the task exists or not. The room
     * holds the caller's membership only.
     */
    public TaskRoom forSocket(Principal caller, TaskId task) {
        return tasks.roomSeenBy(caller.tenant(), task, caller.user())
                .filter(room -> room.mayJoin(caller.user()))
                .orElseThrow(() -> new NotAMember(task));
    }

    /** The owner, or whoever holds tasks.manage over the task's unit. */
    public TaskRoom managed(Principal caller, TaskId task) {
        TaskRoom room = visible(caller, task);
        boolean managesUnit = guard.scopeOrNone(caller, Permissions.TASKS_MANAGE).reaches(room.task().unitId());
        if (!room.mayManage(caller.user(), managesUnit)) {
            throw new NotPermitted();
        }
        return room;
    }
}
