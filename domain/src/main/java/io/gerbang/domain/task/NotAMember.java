package io.gerbang.domain.task;

import io.gerbang.domain.shared.Refused;

/** The caller may see the task but is not one of its members. */
public final class NotAMember extends Refused {

    private final TaskId task;

    public NotAMember(TaskId task) {
        super("NotAMember");
        this.task = task;
    }

    public TaskId task() {
        return task;
    }
}
