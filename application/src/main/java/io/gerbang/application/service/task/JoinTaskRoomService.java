package io.gerbang.application.service.task;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.task.JoinTaskRoom;
import io.gerbang.application.port.in.task.RoomConnection;
import io.gerbang.application.port.out.Presence;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.TaskActivity;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.task.ActivityKind;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import java.time.Clock;
import java.util.List;

public class JoinTaskRoomService implements JoinTaskRoom {

    private final TaskAccess access;
    private final TaskMessages messages;
    private final TaskActivity activity;
    private final Presence presence;
    private final RoomEvents events;
    private final AccessGuard guard;
    private final Clock clock;

    public JoinTaskRoomService(
            TaskAccess access,
            TaskMessages messages,
            TaskActivity activity,
            Presence presence,
            RoomEvents events,
            AccessGuard guard,
            Clock clock) {
        this.access = access;
        this.messages = messages;
        this.activity = activity;
        this.presence = presence;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public Admission admit(RoomConnection joining) {
        access.forSocket(joining.caller(), joining.task());
        return new Admission(joining);
    }

    @Override
    public List<ChatMessage> missed(Admission admission, MessageId since) {
        // the admission checked membership: only this task's messages, whatever task the id came from
        return messages.after(admission.joining().task(), since, MOST_MISSED);
    }

    @Override
    public List<PresentUser> enter(Admission admission) {
        Principal caller = admission.joining().caller();
        TaskId task = admission.joining().task();
        ConnectionId socket = admission.joining().connection();
        DisplayName name = guard.nameOf(caller);
        presence.enter(task, socket, new PresentUser(caller.user(), name));
        activity.log(task, caller.user(), ActivityKind.JOINED, "");
        events.publish(new RoomEvent.UserJoined(task, caller.user(), name, clock.instant(), socket));
        return presence.of(task);
    }
}
