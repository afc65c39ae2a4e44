package io.gerbang.application.port.in;

import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/** A task's activity log, newest first, for its owner or a holder of tasks.manage over its unit. */
public interface ReadActivity {

    Page<ActivityEntry> read(Query query);

    record Query(Principal caller, TaskId task, PageRequest page) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(page, "page");
        }
    }
}
