package io.gerbang.application.port.in.task;

import io.gerbang.application.model.RoomEvent;
import java.util.function.Consumer;

/** Lets a socket adapter hear every room event, whichever node it was raised on. */
public interface FollowTaskRooms {

    void follow(Consumer<RoomEvent> listener);
}
