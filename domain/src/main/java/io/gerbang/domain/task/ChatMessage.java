package io.gerbang.domain.task;

import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** A message as stored and as every member of the room sees it. */
public record ChatMessage(
        MessageId id,
        TaskId task,
        UserId author,
        DisplayName authorName,
        String text,
        List<Attachment> attachments,
        MessageId replyTo,
        Instant createdAt) {

    public ChatMessage {
        Objects.requireNonNull(id, "id");
        attachments = List.copyOf(attachments);
    }
}
