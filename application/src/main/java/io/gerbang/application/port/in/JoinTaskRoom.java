package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.List;
import java.util.Objects;

/**
 * A connection enters a task room, in two steps so that the adapter can start hearing the room in between:
 * {@link #admit} lets in members only ({@link io.gerbang.domain.task.NotAMember} otherwise, the same for a task
 * that does not exist or is another tenant's); then, once the connection hears the room, {@link #enter} tells
 * the others and answers who is present. So a connection misses nothing from its admission on, and nothing
 * of a room it may not enter ever reaches it.
 */
public interface JoinTaskRoom {

    Admission admit(Command command);

    List<PresentUser> enter(Admission admission);

    /** @param connection the joining connection's id, unique on its node (what presence counts) */
    record Command(Principal caller, TaskId task, String connection) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            if (connection == null || connection.isBlank()) {
                throw new IllegalArgumentException("a joining connection has an id");
            }
        }
    }

    /** A command that {@link #admit} let through; made by it alone. */
    record Admission(Command command) {

        public Admission {
            Objects.requireNonNull(command, "command");
        }
    }
}
