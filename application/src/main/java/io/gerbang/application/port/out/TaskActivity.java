package io.gerbang.application.port.out;

import io.gerbang.domain.task.ActivityEntry;
import io.gerbang.domain.task.ActivityKind;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;
import java.util.List;

/** The log of what happened in each task room (who joined, left, was told, ...). */
public interface TaskActivity {

    void log(TaskId task, UserId user, ActivityKind kind, String detail);

    /** Newest first, like messages. */
    List<ActivityEntry> entries(TaskId task, Cursors.Position from, int limit);
}
