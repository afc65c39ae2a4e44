package io.gerbang.application.service;

import io.gerbang.application.port.in.ChangeTaskMembers;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.refusal.OwnerStaysMember;
import io.gerbang.application.port.in.refusal.UnknownMember;
import io.gerbang.application.port.in.refusal.UnknownUser;
import io.gerbang.application.port.in.RoomEvent;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.user.UserId;
import java.time.Clock;

public class ChangeTaskMembersService implements ChangeTaskMembers {

    private final TaskAccess access;
    private final Tasks tasks;
    private final Users users;
    private final RoomEvents events;
    private final Clock clock;

    public ChangeTaskMembersService(TaskAccess access, Tasks tasks, Users users, RoomEvents events, Clock clock) {
        this.access = access;
        this.tasks = tasks;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public boolean put(Principal caller, TaskId task, UserId user, boolean canComment) {
        TaskRoom room = access.managed(caller, task);
        if (users.byId(caller.tenant(), user).isEmpty()) {
            throw new UnknownUser(user);
        }
        if (room.task().owner().equals(user) && !canComment) {
            throw new OwnerStaysMember(task);
        }
        boolean added = tasks.putMember(task, user, canComment, caller.user());
        events.publish(new RoomEvent.MemberChanged(task, user, added ? "added" : "updated", canComment, clock.instant()));
        return added;
    }

    @Override
    public void remove(Principal caller, TaskId task, UserId user) {
        TaskRoom room = access.managed(caller, task);
        if (room.member(user).isEmpty()) {
            throw new UnknownMember(user);
        }
        if (!room.mayRemove(user)) {
            throw new OwnerStaysMember(task);
        }
        if (tasks.removeMember(task, user, caller.user())) {
            events.publish(new RoomEvent.MemberChanged(task, user, "removed", false, clock.instant()));
        }
    }
}
