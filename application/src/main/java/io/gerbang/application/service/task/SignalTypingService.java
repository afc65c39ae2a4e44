package io.gerbang.application.service.task;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.task.SignalTyping;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.task.TaskId;

/**
 * Typing needs membership, not a join (seed 001's front ends signal typing in a task whose room they have not
 * joined on that socket): a socket in the room was checked when it joined, any other is checked now. Nothing is
 * stored.
 */
public class SignalTypingService implements SignalTyping {

    private final TaskAccess access;
    private final RoomEvents events;
    private final AccessGuard guard;

    public SignalTypingService(TaskAccess access, RoomEvents events, AccessGuard guard) {
        this.access = access;
        this.events = events;
        this.guard = guard;
    }

    @Override
    public void typing(Command command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        ConnectionId socket = command.connection();
        boolean started = command.started();
        if (!command.inRoom()) {
            access.forSocket(caller, task);
        }
        events.publish(new RoomEvent.Typing(task, caller.user(), guard.nameOf(caller), started, socket));
    }
}
