package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Page;
import io.gerbang.domain.task.ChatMessage;

/** A task room's history, newest first, for its members. */
public interface ReadMessages {

    Page<ChatMessage> read(TaskPage query);
}
