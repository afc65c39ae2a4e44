package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.task.ShowTask;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;

public class ShowTaskService implements ShowTask {

    private final TaskAccess access;

    public ShowTaskService(TaskAccess access) {
        this.access = access;
    }

    @Override
    public TaskRoom show(Query query) {
        Principal caller = query.caller();
        TaskId task = query.task();
        return access.visible(caller, task);
    }
}
