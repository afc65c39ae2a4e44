package io.gerbang.domain.task;

import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;

/** A message as stored and as every member of the room sees it. */
public record ChatMessage(long id, TaskId task, UserId author, DisplayName authorName, String text,
                          List<String> attachments, Long replyTo, Instant createdAt) {

    public ChatMessage {
        attachments = List.copyOf(attachments);
    }
}
