package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.Map;
import java.util.Set;

/**
 * The sockets of this node that are still open, by room: their presence entries live on. An entry that is
 * not kept (its node died, its socket vanished unannounced) expires by itself.
 */
public interface KeepPresence {

    void stillThere(Map<TaskId, Set<String>> socketsByRoom);
}
