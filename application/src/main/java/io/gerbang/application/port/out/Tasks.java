package io.gerbang.application.port.out;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.task.TaskVisibility;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tasks and their members: the rooms ({@link TaskMessages} hold what is said in them, {@link TaskActivity} what
 * happened).
 */
public interface Tasks {

    /** Opens a task with its owner as first member, and logs it, in one transaction. */
    TaskRoom open(TenantId tenant, UnitId unitId, String title, UserId owner, Instant now);

    Optional<TaskRoom> room(TenantId tenant, TaskId task);

    /**
     * The task with only {@code user}'s membership, if they have one, in one query: all the rules of joining
     * and posting need, on the path every message takes (a room may have hundreds of members).
     */
    Optional<TaskRoom> roomSeenBy(TenantId tenant, TaskId task, UserId user);

    /** Up to {@code limit} tasks of the tenant that {@code visibility} admits, by id, after or before {@code from}. */
    List<Task> page(TenantId tenant, TaskVisibility visibility, Cursors.Position from, int limit);

    void retitle(Task task, UserId by);

    /**
     * Keeps what the room decided of a member (added, changed, removed), and logs it, in one transaction; false
     * when a removal found the member gone already.
     */
    boolean save(MemberChange change);
}
