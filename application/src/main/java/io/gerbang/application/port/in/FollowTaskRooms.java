package io.gerbang.application.port.in;

import java.util.function.Consumer;

/** Lets a socket adapter hear every room event, whichever node it was raised on. */
public interface FollowTaskRooms {

    void follow(Consumer<RoomEvent> listener);
}
