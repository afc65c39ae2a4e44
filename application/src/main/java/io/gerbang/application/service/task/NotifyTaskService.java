package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.task.NotifyTask;
import io.gerbang.application.port.out.RoomEvents;
import io.gerbang.application.port.out.TaskActivity;
import io.gerbang.domain.task.ActivityKind;
import io.gerbang.domain.task.TaskId;
import java.time.Clock;

public class NotifyTaskService implements NotifyTask {

    private final TaskAccess access;
    private final TaskActivity activity;
    private final RoomEvents events;
    private final Clock clock;

    public NotifyTaskService(TaskAccess access, TaskActivity activity, RoomEvents events, Clock clock) {
        this.access = access;
        this.activity = activity;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public void notify(Command command) {
        Principal caller = command.caller();
        TaskId task = command.task();
        String message = command.message();
        access.managed(caller, task);
        activity.log(task, caller.user(), ActivityKind.NOTIFIED, message);
        events.publish(new RoomEvent.TaskNotification(task, message, clock.instant()));
    }
}
