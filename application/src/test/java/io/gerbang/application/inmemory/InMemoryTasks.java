package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskMember;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.task.TaskVisibility;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tasks and their members in maps; an owner is always a member and never removed, as the table keeps it. */
public final class InMemoryTasks implements Tasks {

    private final Map<TaskId, Task> tasks = new LinkedHashMap<>();
    private final Map<TaskId, Map<UserId, TaskMember>> members = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized TaskRoom open(TenantId tenant, UnitId unitId, String title, UserId owner, Instant now) {
        Task task = new Task(new TaskId(++lastId), tenant, unitId, title, owner, now, now);
        tasks.put(task.id(), task);
        members.put(task.id(), new LinkedHashMap<>(Map.of(owner, new TaskMember(owner, true, true))));
        return room(tenant, task.id()).orElseThrow();
    }

    @Override
    public synchronized Optional<TaskRoom> room(TenantId tenant, TaskId task) {
        return Optional.ofNullable(tasks.get(task))
                .filter(found -> found.tenant().equals(tenant))
                .map(found -> TaskRoom.reconstitute(
                        found, List.copyOf(members.get(task).values())));
    }

    @Override
    public synchronized Optional<TaskRoom> roomSeenBy(TenantId tenant, TaskId task, UserId user) {
        return room(tenant, task)
                .map(room -> TaskRoom.reconstitute(
                        room.task(), room.member(user).stream().toList()));
    }

    @Override
    public synchronized List<Task> page(TenantId tenant, TaskVisibility visibility, Cursors.Position from, int limit) {
        List<Task> visible = new ArrayList<>();
        for (Task task : tasks.values()) {
            if (visibility.admits(room(tenant, task.id()).orElse(null))
                    && (from == null
                            || (from.after()
                                    ? task.id().value() > from.id()
                                    : task.id().value() < from.id()))) {
                visible.add(task);
            }
        }
        return visible.subList(0, Math.min(limit, visible.size()));
    }

    @Override
    public synchronized void retitle(Task task, UserId by) {
        tasks.replace(task.id(), task);
    }

    @Override
    public synchronized boolean save(MemberChange change) {
        Map<UserId, TaskMember> room = members.get(change.task());
        TaskMember member = change.member();
        if (change.kind() == MemberChange.Kind.REMOVED) {
            TaskMember known = room.get(member.user());
            return known != null && !known.owner() && room.remove(member.user()) != null;
        }
        room.put(member.user(), member);
        return true;
    }
}
