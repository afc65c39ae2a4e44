package io.gerbang.application.port.out;

import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What is said in task rooms, in the order the store gives it. */
public interface TaskMessages {

    /** Stores a message (and its log line) in one transaction; its id orders the room. */
    ChatMessage addMessage(TaskId task, UserId author, DisplayName authorName, MessageDraft draft, Instant now);

    /** Whether the message exists in this task (what a reply may point at). */
    boolean hasMessage(TaskId task, MessageId message);

    /** Up to {@code limit} messages of the task stored after {@code since}, oldest first. */
    List<ChatMessage> after(TaskId task, MessageId since, int limit);

    /** The newest message of any task, if there is one: no client has seen past it. */
    Optional<MessageId> newest();

    /** Newest first: "after" a position means older. */
    List<ChatMessage> messages(TaskId task, Cursors.Position from, int limit);
}
