package io.gerbang.domain.task;

import io.gerbang.domain.shared.Refused;

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
