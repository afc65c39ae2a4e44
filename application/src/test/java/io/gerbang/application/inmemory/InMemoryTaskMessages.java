package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.TaskMessages;
import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.MessageDraft;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The rooms' messages in one list, ids counted up across every task as the database's sequence does. */
public final class InMemoryTaskMessages implements TaskMessages {

    private final List<ChatMessage> messages = new ArrayList<>();

    @Override
    public synchronized ChatMessage addMessage(
            TaskId task, UserId author, DisplayName authorName, MessageDraft draft, Instant now) {
        ChatMessage message = new ChatMessage(
                new MessageId(messages.size() + 1L),
                task,
                author,
                authorName,
                draft.text(),
                draft.attachments(),
                draft.replyTo(),
                now);
        messages.add(message);
        return message;
    }

    @Override
    public synchronized boolean hasMessage(TaskId task, MessageId message) {
        return messages.stream()
                .anyMatch(known -> known.task().equals(task) && known.id().equals(message));
    }

    @Override
    public synchronized List<ChatMessage> after(TaskId task, MessageId since, int limit) {
        return messages.stream()
                .filter(message -> message.task().equals(task) && message.id().value() > since.value())
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized Optional<MessageId> newest() {
        return messages.isEmpty()
                ? Optional.empty()
                : Optional.of(messages.get(messages.size() - 1).id());
    }

    @Override
    public synchronized List<ChatMessage> messages(TaskId task, Cursors.Position from, int limit) {
        return messages.stream()
                .filter(message -> message.task().equals(task))
                .filter(message -> from == null
                        || (from.after()
                                ? message.id().value() < from.id()
                                : message.id().value() > from.id()))
                .sorted(Comparator.comparingLong(
                                (ChatMessage message) -> message.id().value())
                        .reversed())
                .limit(limit)
                .toList();
    }
}
