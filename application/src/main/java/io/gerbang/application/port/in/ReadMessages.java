package io.gerbang.application.port.in;

import io.gerbang.domain.task.ChatMessage;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/** A task room's history, newest first, for its members. */
public interface ReadMessages {

    Page<ChatMessage> read(Query query);

    record Query(Principal caller, TaskId task, PageRequest page) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(page, "page");
        }
    }
}
