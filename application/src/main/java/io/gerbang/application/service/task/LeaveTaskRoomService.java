package io.gerbang.application.service.task;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.task.LeaveTaskRoom;
import io.gerbang.application.port.in.task.RoomConnection;
import io.gerbang.application.port.out.Presence;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.TaskActivity;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.task.ActivityKind;
import io.gerbang.domain.task.TaskId;
import java.time.Clock;

/** Leaving needs no check: a socket only leaves rooms it was let into. */
public class LeaveTaskRoomService implements LeaveTaskRoom {

    private final TaskActivity activity;
    private final Presence presence;
    private final RoomEvents events;
    private final AccessGuard guard;
    private final Clock clock;

    public LeaveTaskRoomService(
            TaskActivity activity, Presence presence, RoomEvents events, AccessGuard guard, Clock clock) {
        this.activity = activity;
        this.presence = presence;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public void leave(RoomConnection command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        ConnectionId socket = command.connection();
        presence.leave(task, socket);
        activity.log(task, caller.user(), ActivityKind.LEFT, "");
        events.publish(new RoomEvent.UserLeft(task, caller.user(), guard.nameOf(caller), clock.instant(), socket));
    }
}
