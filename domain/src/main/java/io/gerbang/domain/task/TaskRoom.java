package io.gerbang.domain.task;

import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A task with its members, and the rules of its room: members read and join; members who may comment post;
 * the owner, or whoever holds tasks.manage over the task's unit, adds, changes and removes members and
 * renames the task; the owner stays a member who may comment. Each change is decided here and refused with
 * the rule's exception; the store keeps what a change returns.
 */
public final class TaskRoom {

    private final Task task;
    private final Map<UserId, TaskMember> members;

    private TaskRoom(Task task, Map<UserId, TaskMember> members) {
        this.task = task;
        this.members = members;
    }

    /** A room as a store kept it (all its members, or only those a reader needs). */
    public static TaskRoom reconstitute(Task task, List<TaskMember> members) {
        return new TaskRoom(
                task, members.stream().collect(Collectors.toUnmodifiableMap(TaskMember::user, Function.identity())));
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

    /** The owner manages the room; so does whoever's tasks.manage scope reaches the task's unit. */
    public boolean mayManage(UserId user, Scope managing) {
        return task.owner().equals(user) || managing.reaches(task.unitId());
    }

    public void ensureMayJoin(UserId user) {
        if (!mayJoin(user)) {
            throw new NotAMember(task.id());
        }
    }

    /** What a member may post about: refused to one who is not a member, or who may only read. */
    public void ensureMayPost(UserId author) {
        ensureMayJoin(author);
        if (!mayPost(author)) {
            throw new MayNotComment(task.id());
        }
    }

    /**
     * Adds {@code user} or changes what they may do. Unless told otherwise a member may comment; the owner
     * always may.
     */
    public MemberChange putMember(UserId by, Scope managing, UserId user, Boolean canComment) {
        ensureMayManage(by, managing);
        boolean comments = canComment == null || canComment;
        boolean owner = task.owner().equals(user);
        if (owner && !comments) {
            throw new OwnerStaysMember(task.id());
        }
        MemberChange.Kind kind = members.containsKey(user) ? MemberChange.Kind.UPDATED : MemberChange.Kind.ADDED;
        return new MemberChange(task.id(), new TaskMember(user, owner, comments), kind, by);
    }

    /** Takes a member out: anyone but the owner, who stays for as long as the task is theirs. */
    public MemberChange removeMember(UserId by, Scope managing, UserId user) {
        ensureMayManage(by, managing);
        TaskMember member = members.get(user);
        if (member == null) {
            throw new UnknownMember(user);
        }
        if (member.owner()) {
            throw new OwnerStaysMember(task.id());
        }
        return new MemberChange(task.id(), member, MemberChange.Kind.REMOVED, by);
    }

    /** The same room under a new title (1 to 200 printable characters). */
    public TaskRoom rename(UserId by, Scope managing, String title, Instant now) {
        ensureMayManage(by, managing);
        return new TaskRoom(task.retitled(title, now), members);
    }

    /** What only a manager of the room may do: refused to anyone else. */
    public void ensureMayManage(UserId by, Scope managing) {
        if (!mayManage(by, managing)) {
            throw new MayNotManage(task.id());
        }
    }
}
