package io.gerbang.application.port.in.task;

import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/** One page of something a task room keeps (its messages, its activity), as a caller asks for it. */
public record TaskPage(Principal caller, TaskId task, PageRequest page) {

    public TaskPage {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(page, "page");
    }
}
