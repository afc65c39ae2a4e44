package io.gerbang.domain.task;

import io.gerbang.domain.access.Scope;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * Who sees a task: its members, and whoever's tasks.read scope reaches the task's unit. The one statement of
 * the rule: a room is judged by {@link #admits}, and a store that lists tasks translates this same object
 * into its query.
 */
public record TaskVisibility(UserId viewer, Scope reading) {

    public TaskVisibility {
        Objects.requireNonNull(viewer, "viewer");
        Objects.requireNonNull(reading, "reading");
    }

    public boolean admits(Task task, boolean viewerIsMember) {
        return viewerIsMember || reading.reaches(task.unitId());
    }

    public boolean admits(TaskRoom room) {
        return admits(room.task(), room.mayJoin(viewer));
    }
}
