package io.gerbang.application.service;

import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.application.port.in.Page;
import io.gerbang.application.port.in.PageRequest;
import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.ReadActivity;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.domain.task.TaskId;

public class ReadActivityService implements ReadActivity {

    private final TaskAccess access;
    private final Tasks tasks;
    private final Cursors cursors;

    public ReadActivityService(TaskAccess access, Tasks tasks, Cursors cursors) {
        this.access = access;
        this.tasks = tasks;
        this.cursors = cursors;
    }

    @Override
    public Page<ActivityEntry> read(Principal caller, TaskId task, PageRequest page) {
        access.managed(caller, task);
        return Paging.page(cursors, page, from -> tasks.activity(task, from, page.limit() + 1), ActivityEntry::id);
    }
}
