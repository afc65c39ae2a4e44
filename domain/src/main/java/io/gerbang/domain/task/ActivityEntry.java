package io.gerbang.domain.task;

import io.gerbang.domain.user.UserId;
import java.time.Instant;

/** One line of a task's activity log: what happened, who did it (null for nobody in particular), when. */
public record ActivityEntry(long id, TaskId task, UserId user, ActivityKind kind, String detail, Instant at) {}
