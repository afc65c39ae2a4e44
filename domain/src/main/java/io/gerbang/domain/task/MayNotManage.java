package io.gerbang.domain.task;

import io.gerbang.domain.shared.Refused;

/** Only the owner of a task, or whoever holds tasks.manage over its unit, changes its members or its title. */
public final class MayNotManage extends Refused {

    private final TaskId task;

    public MayNotManage(TaskId task) {
        super("MayNotManage");
        this.task = task;
    }

    public TaskId task() {
        return task;
    }
}
