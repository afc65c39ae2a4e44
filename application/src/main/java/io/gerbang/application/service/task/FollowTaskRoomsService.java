package io.gerbang.application.service.task;

import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.task.FollowTaskRooms;
import io.gerbang.application.port.out.RoomEvents;
import java.util.function.Consumer;

public class FollowTaskRoomsService implements FollowTaskRooms {

    private final RoomEvents events;

    public FollowTaskRoomsService(RoomEvents events) {
        this.events = events;
    }

    @Override
    public void follow(Consumer<RoomEvent> listener) {
        events.subscribe(listener);
    }
}
