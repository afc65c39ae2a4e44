package io.gerbang.application.service.task;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.in.task.CreateTask;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.Tasks;
import io.gerbang.application.service.organisation.AccessGuard;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.TaskRoom;
import java.time.Clock;

public class CreateTaskService implements CreateTask {

    private final Tasks tasks;
    private final Organisation organisation;
    private final AccessGuard guard;
    private final Clock clock;

    public CreateTaskService(Tasks tasks, Organisation organisation, AccessGuard guard, Clock clock) {
        this.tasks = tasks;
        this.organisation = organisation;
        this.guard = guard;
        this.clock = clock;
    }

    @Override
    public TaskRoom create(Command command) {
        Principal caller = command.caller();
        String title = command.title();
        UnitId unitId = command.unitId();
        Scope scope = guard.scopeFor(caller, Permissions.TASKS_WRITE);
        if (organisation.unit(caller.tenant(), unitId).isEmpty() || !scope.reaches(unitId)) {
            throw UnknownPlace.unit();
        }
        return tasks.open(caller.tenant(), unitId, title, caller.user(), clock.instant());
    }
}
