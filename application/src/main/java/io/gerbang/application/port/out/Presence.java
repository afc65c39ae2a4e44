package io.gerbang.application.port.out;

import io.gerbang.application.port.in.PresentUser;
import io.gerbang.domain.task.TaskId;
import java.util.List;

/** Who is connected to which room, shared by the nodes: one entry per socket. */
public interface Presence {

    void enter(TaskId task, String socket, PresentUser user);

    void leave(TaskId task, String socket);

    /** The distinct people present, by user id. */
    List<PresentUser> of(TaskId task);
}
