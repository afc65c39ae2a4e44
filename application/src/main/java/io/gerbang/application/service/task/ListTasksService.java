package io.gerbang.application.service.task;

import io.gerbang.application.model.Page;
import io.gerbang.application.model.PageRequest;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.task.ListTasks;
import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.application.service.shared.Paging;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.task.Task;
import io.gerbang.domain.task.TaskVisibility;

public class ListTasksService implements ListTasks {

    private final Tasks tasks;
    private final Cursors cursors;
    private final AccessGuard guard;

    public ListTasksService(Tasks tasks, Cursors cursors, AccessGuard guard) {
        this.tasks = tasks;
        this.cursors = cursors;
        this.guard = guard;
    }

    @Override
    public Page<Task> list(Query query) {
        Principal caller = query.caller();
        PageRequest page = query.page();
        // listing needs tasks.read somewhere (a member of tasks but holder of no such grant is refused)
        TaskVisibility visibility = new TaskVisibility(caller.user(), guard.scopeFor(caller, Permissions.TASKS_READ));
        return Paging.page(
                cursors,
                page,
                from -> tasks.page(caller.tenant(), visibility, from, page.limit() + 1),
                task -> task.id().value());
    }
}
