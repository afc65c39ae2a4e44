package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.Objects;

/** Somebody in a room starts or stops typing; the others hear it. Nothing is stored. */
public interface SignalTyping {

    void typing(Command command);

    record Command(Principal caller, TaskId task, String connection, boolean started) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(task, "task");
            if (connection == null || connection.isBlank()) {
                throw new IllegalArgumentException("a connection has an id");
            }
        }
    }
}
