package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/**
 * Posts to a task room, over REST or a socket alike: a member who may comment; stored first, then
 * {@code new_message} to everybody in the room, the sender too.
 */
public interface PostMessage {

    ChatMessage post(Command command);

    record Command(Principal caller, TaskId task, MessageDraft draft) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(draft, "draft");
        }
    }
}
