package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/** Somebody in a room starts or stops typing; the others hear it. Nothing is stored. */
public interface SignalTyping {

    void typing(Command command);

    record Command(Principal caller, TaskId task, ConnectionId connection, boolean started) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(connection, "connection");
        }
    }
}
