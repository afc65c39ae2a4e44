package io.gerbang.application.inmemory;

import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.out.RoomEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** What the use cases told the rooms, in order, handed to any listener at once (one node, no broker). */
public final class RecordedRoomEvents implements RoomEvents {

    private final List<RoomEvent> published = new CopyOnWriteArrayList<>();
    private final List<Consumer<RoomEvent>> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(RoomEvent event) {
        published.add(event);
        listeners.forEach(listener -> listener.accept(event));
    }

    @Override
    public void subscribe(Consumer<RoomEvent> listener) {
        listeners.add(listener);
    }

    public List<RoomEvent> published() {
        return List.copyOf(published);
    }
}
