package io.gerbang.application.service;

import io.gerbang.application.port.in.ConnectionId;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.RoomEvent;
import io.gerbang.application.port.in.SignalTyping;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.domain.task.TaskId;

/** The socket adapter lets only sockets inside the room signal; nothing is stored. */
public class SignalTypingService implements SignalTyping {

    private final RoomEvents events;
    private final AccessGuard guard;

    public SignalTypingService(RoomEvents events, AccessGuard guard) {
        this.events = events;
        this.guard = guard;
    }

    @Override
    public void typing(Command command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        ConnectionId socket = command.connection();
        boolean started = command.started();
        events.publish(new RoomEvent.Typing(task, caller.user(), guard.nameOf(caller), started, socket));
    }
}
