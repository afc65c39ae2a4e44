package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.SecurityEvents;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The security events a use case recorded, in order. */
public final class RecordedEvents implements SecurityEvents {

    private final List<Event> events = new CopyOnWriteArrayList<>();

    @Override
    public void record(Event event) {
        events.add(event);
    }

    public List<Kind> kinds() {
        return events.stream().map(Event::kind).toList();
    }
}
