package io.gerbang.application.port.out;

import io.gerbang.application.model.RoomEvent;
import java.util.function.Consumer;

/** Carries room events between the nodes: each published event reaches every subscriber on every node once. */
public interface RoomEvents {

    void publish(RoomEvent event);

    void subscribe(Consumer<RoomEvent> listener);
}
