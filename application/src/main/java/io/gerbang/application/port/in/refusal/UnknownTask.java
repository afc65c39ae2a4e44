package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.task.TaskId;

/** No task the caller may see has this id (another tenant's, or out of their tasks.read scope). */
public final class UnknownTask extends Refused {

    private final TaskId task;

    public UnknownTask(TaskId task) {
        super("UnknownTask");
        this.task = task;
    }

    public TaskId task() {
        return task;
    }
}
