package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.task.TaskId;

/** A member who may read the task but not comment on it tried to post. */
public final class MayNotComment extends Refused {

    private final TaskId task;

    public MayNotComment(TaskId task) {
        super("MayNotComment");
        this.task = task;
    }

    public TaskId task() {
        return task;
    }
}
