package io.gerbang.application.service.task;

import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.task.ReadActivity;
import io.gerbang.application.port.in.task.TaskPage;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.TaskActivity;
import io.gerbang.application.service.shared.Paging;
import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.domain.task.TaskId;

public class ReadActivityService implements ReadActivity {

    private final TaskAccess access;
    private final TaskActivity activity;
    private final Cursors cursors;

    public ReadActivityService(TaskAccess access, TaskActivity activity, Cursors cursors) {
        this.access = access;
        this.activity = activity;
        this.cursors = cursors;
    }

    @Override
    public Page<ActivityEntry> read(TaskPage query) {
        Principal caller = query.caller();
        TaskId task = query.task();
        PageRequest page = query.page();
        access.managed(caller, task);
        return Paging.page(cursors, page, from -> activity.entries(task, from, page.limit() + 1), ActivityEntry::id);
    }
}
