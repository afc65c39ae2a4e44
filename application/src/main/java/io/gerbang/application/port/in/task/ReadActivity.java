package io.gerbang.application.port.in.task;

import io.gerbang.application.model.Page;
import io.gerbang.domain.task.ActivityEntry;

/** A task's activity log, newest first, for its owner or a holder of tasks.manage over its unit. */
public interface ReadActivity {

    Page<ActivityEntry> read(TaskPage query);
}
