package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.UnknownTask;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.task.NotAMember;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.task.TaskVisibility;

/**
 * Finds the room a caller asks for, with what the room's rules need to know of the caller (their
 * {@link TaskVisibility}, their tasks.manage scope). A task the caller may not see at all (another tenant's,
 * out of their tasks.read scope and not theirs) is {@link UnknownTask}, so its existence does not leak.
 */
public class TaskAccess {

    private final Tasks tasks;
    private final AccessGuard guard;

    public TaskAccess(Tasks tasks, AccessGuard guard) {
        this.tasks = tasks;
        this.guard = guard;
    }

    /** Who the caller may see tasks of. */
    public TaskVisibility visibilityFor(Principal caller) {
        return new TaskVisibility(caller.user(), guard.scopeOrNone(caller, Permissions.TASKS_READ));
    }

    /** Where the caller's tasks.manage reaches (maybe nowhere: owners manage their own tasks regardless). */
    public Scope managingScopeOf(Principal caller) {
        return guard.scopeOrNone(caller, Permissions.TASKS_MANAGE);
    }

    public TaskRoom visible(Principal caller, TaskId task) {
        TaskVisibility visibility = visibilityFor(caller);
        return tasks.room(caller.tenant(), task).filter(visibility::admits).orElseThrow(() -> new UnknownTask(task));
    }

    /** Members only: a task the caller sees but does not belong to is {@link NotAMember}. */
    public TaskRoom asMember(Principal caller, TaskId task) {
        TaskRoom room = visible(caller, task);
        room.ensureMayJoin(caller.user());
        return room;
    }

    /**
     * For joining and posting: anything but membership is {@link NotAMember}, whether the task exists or not. The
     * room holds the caller's membership only.
     */
    public TaskRoom forSocket(Principal caller, TaskId task) {
        return tasks.roomSeenBy(caller.tenant(), task, caller.user())
                .filter(room -> room.mayJoin(caller.user()))
                .orElseThrow(() -> new NotAMember(task));
    }

    /** A room the caller manages (its owner, or tasks.manage over its unit). */
    public TaskRoom managed(Principal caller, TaskId task) {
        TaskRoom room = visible(caller, task);
        room.ensureMayManage(caller.user(), managingScopeOf(caller));
        return room;
    }
}
