package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.task.UpdateTask;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import java.time.Clock;
import java.time.Instant;

public class UpdateTaskService implements UpdateTask {

    private final TaskAccess access;
    private final Tasks tasks;
    private final RoomEvents events;
    private final Clock clock;

    public UpdateTaskService(TaskAccess access, Tasks tasks, RoomEvents events, Clock clock) {
        this.access = access;
        this.tasks = tasks;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public TaskRoom retitle(Command command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        String title = command.title();
        Instant now = clock.instant();
        TaskRoom renamed =
                access.visible(caller, task).rename(caller.user(), access.managingScopeOf(caller), title, now);
        tasks.retitle(renamed.task(), caller.user());
        events.publish(new RoomEvent.TaskUpdated(task, renamed.task().title(), now));
        return renamed;
    }
}
