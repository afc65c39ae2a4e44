package io.gerbang.application.port.in.task;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.domain.task.TaskId;
import java.util.Map;
import java.util.Set;

/**
 * The sockets of this node that are still open, by room: their presence entries live on. An entry that is
 * not kept (its node died, its socket vanished unannounced) expires by itself.
 */
public interface KeepPresence {

    void stillThere(OpenConnections open);

    /** This node's open connections, by the room each has joined. */
    record OpenConnections(Map<TaskId, Set<ConnectionId>> byRoom) {
        public OpenConnections {
            byRoom = Map.copyOf(byRoom);
        }
    }
}
