package io.gerbang.domain.task;

import io.gerbang.domain.user.UserId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A task with its members: the rules of who may join its room, who may post, who may manage it.
 * Members read and join; members who may comment post; the owner (or a holder of {@code tasks.manage}
 * over the task's unit) adds and removes members, and the owner can not be removed.
 */
public final class TaskRoom {

    private final Task task;
    private final Map<UserId, TaskMember> members;

    public TaskRoom(Task task, List<TaskMember> members) {
        this.task = task;
        this.members = members.stream().collect(Collectors.toUnmodifiableMap(TaskMember::user, Function.identity()));
    }

    public Task task() {
        return task;
    }

    public List<TaskMember> members() {
        return List.copyOf(members.values());
    }

    public Optional<TaskMember> member(UserId user) {
        return Optional.ofNullable(members.get(user));
    }

    public boolean mayJoin(UserId user) {
        return members.containsKey(user);
    }

    public boolean mayPost(UserId user) {
        TaskMember member = members.get(user);
        return member != null && member.canComment();
    }

    /** The owner manages the room; so does whoever holds tasks.manage over the task's unit. */
    public boolean mayManage(UserId user, boolean managesTheUnit) {
        return managesTheUnit || task.owner().equals(user);
    }

    /** Who may be removed: any member but the owner, who stays for as long as the task is theirs. */
    public boolean mayRemove(UserId user) {
        return members.containsKey(user) && !task.owner().equals(user);
    }
}
