package io.gerbang.application.port.in.task;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.Principal;
import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/**
 * A member of a task starts or stops typing; the others in its room hear it. {@code inRoom}: the connection
 * joined the room (and so was checked then); otherwise membership is checked first. Nothing is stored.
 */
public interface SignalTyping {

    void typing(Command command);

    record Command(Principal caller, TaskId task, ConnectionId connection, boolean started, boolean inRoom) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(connection, "connection");
        }
    }
}
