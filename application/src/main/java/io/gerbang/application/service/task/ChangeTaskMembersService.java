package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.refusal.UnknownUser;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.task.MemberChange;
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
    public MemberChange put(Put command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        UserId user = command.user();
        TaskRoom room = access.visible(caller, task);
        MemberChange change = room.putMember(caller.user(), access.managingScopeOf(caller), user, command.canComment());
        if (users.byId(caller.tenant(), user).isEmpty()) {
            throw new UnknownUser(user);
        }
        tasks.save(change);
        events.publish(new RoomEvent.MemberChanged(change, clock.instant()));
        return change;
    }

    @Override
    public void remove(Removal command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        UserId user = command.user();
        TaskRoom room = access.visible(caller, task);
        MemberChange change = room.removeMember(caller.user(), access.managingScopeOf(caller), user);
        if (tasks.save(change)) {
            events.publish(new RoomEvent.MemberChanged(change, clock.instant()));
        }
    }
}
