package io.gerbang.application.port.in;

import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.TaskId;

/** A task room's history, newest first, for its members. */
public interface ReadMessages {

    Page<ChatMessage> read(Principal caller, TaskId task, PageRequest page);
}
