package io.gerbang.application.port.in.task;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/** One connection of a caller to one task room: what joining and leaving it are about. */
public record RoomConnection(Principal caller, TaskId task, ConnectionId connection) {

    /** @param connection the connection's id, unique on its node (what presence counts) */
    public RoomConnection {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(connection, "connection");
    }
}
