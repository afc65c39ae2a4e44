package io.gerbang.application.port.in.task;

/** A socket leaves a task room (asked to, or closed): the others hear {@code user_left}. */
public interface LeaveTaskRoom {

    void leave(RoomConnection leaving);
}
