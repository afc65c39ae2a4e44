package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.refusal.UnknownReply;
import io.gerbang.application.port.in.task.PostMessage;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.TaskId;
import java.time.Clock;

/** Stored before it is broadcast: an ack, or a 201, means the message is durable. */
public class PostMessageService implements PostMessage {

    private final TaskAccess access;
    private final TaskMessages messages;
    private final RoomEvents events;
    private final AccessGuard guard;
    private final Clock clock;

    public PostMessageService(
            TaskAccess access, TaskMessages messages, RoomEvents events, AccessGuard guard, Clock clock) {
        this.access = access;
        this.messages = messages;
        this.events = events;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public ChatMessage post(Command command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        MessageDraft draft = command.draft();
        access.forSocket(caller, task).ensureMayPost(caller.user());
        if (draft.replyTo() != null && !messages.hasMessage(task, draft.replyTo())) {
            throw new UnknownReply(draft.replyTo());
        }
        ChatMessage message = messages.addMessage(task, caller.user(), guard.nameOf(caller), draft, clock.instant());
        events.publish(new RoomEvent.NewMessage(message));
        return message;
    }
}
