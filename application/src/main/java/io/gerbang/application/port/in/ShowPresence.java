package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.List;

/** Who is connected to a task room, on any node (members only). */
public interface ShowPresence {

    List<PresentUser> presence(Principal caller, TaskId task);
}
