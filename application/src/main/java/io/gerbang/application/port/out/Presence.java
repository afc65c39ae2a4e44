package io.gerbang.application.port.out;

import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.PresentUser;
import io.gerbang.domain.task.TaskId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is connected to which room, shared by the nodes: one entry per socket. An entry lives for a while
 * (the adapter's lease) unless its node says it is {@link #stillThere}: a node that dies leaves nobody behind.
 */
public interface Presence {

    void enter(TaskId task, ConnectionId connection, PresentUser user);

    /** Renews the lease of these connections' entries. */
    void stillThere(Map<TaskId, Set<ConnectionId>> byRoom);

    void leave(TaskId task, ConnectionId connection);

    /** The distinct people present, by user id. */
    List<PresentUser> of(TaskId task);
}
