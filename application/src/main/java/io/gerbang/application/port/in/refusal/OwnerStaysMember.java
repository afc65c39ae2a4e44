package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.task.TaskId;

/** The owner of a task stays its member, and one who may comment. */
public final class OwnerStaysMember extends Refused {

    private final TaskId task;

    public OwnerStaysMember(TaskId task) {
        super("OwnerStaysMember");
        this.task = task;
    }

    public TaskId task() {
        return task;
    }
}
