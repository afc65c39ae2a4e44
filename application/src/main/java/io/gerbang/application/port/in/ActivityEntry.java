package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;

/** One line of a task's activity log: what happened, who did it, when. */
public record ActivityEntry(long id, TaskId task, UserId user, String kind, String detail, Instant at) {
}
