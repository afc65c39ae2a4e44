package io.gerbang.application.port.in;

import io.gerbang.domain.task.TaskId;
import java.util.List;

/**
 * A socket enters a task room: members only ({@link io.gerbang.domain.task.NotAMember} otherwise, the same for a task
 * that does not exist or is another tenant's). The others hear that someone joined; the joiner gets who is present.
 */
public interface JoinTaskRoom {

    /**
     * @param admitted run once membership is established, before anyone is told or presence is read: the
     *                 socket adapter puts the socket in the room there, so it misses nothing from then on
     */
    List<PresentUser> join(Principal caller, TaskId task, String socket, Runnable admitted);
}
