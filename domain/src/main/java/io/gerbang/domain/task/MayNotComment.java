package io.gerbang.domain.task;

import io.gerbang.domain.shared.Refused;

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
