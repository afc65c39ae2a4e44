package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.List;

/**
 * A socket enters a task room: members only ({@code NO_ACCESS} otherwise, the same for a task that does not
 * exist or is another tenant's). The others hear {@code user_joined}; the joiner gets who is present.
 */
public interface JoinTaskRoom {

    List<PresentUser> join(Principal caller, TaskId task, String socket);
}
