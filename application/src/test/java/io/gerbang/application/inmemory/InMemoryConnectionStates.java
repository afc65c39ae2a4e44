package io.gerbang.application.inmemory;

import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.port.out.ConnectionStates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Recoverable connections in a map, each gone once its window passed on the test's clock. */
public final class InMemoryConnectionStates implements ConnectionStates {

    private record Kept(RecoverableConnection connection, Instant until) {}

    private final Map<String, Kept> kept = new HashMap<>();
    private final Clock clock;

    public InMemoryConnectionStates(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized void keep(List<RecoverableConnection> connections, Duration window) {
        connections.forEach(connection -> kept.put(
                connection.privateId(), new Kept(connection, clock.instant().plus(window))));
    }

    @Override
    public synchronized Optional<RecoverableConnection> take(String privateId) {
        return Optional.ofNullable(kept.remove(privateId))
                .filter(found -> clock.instant().isBefore(found.until()))
                .map(Kept::connection);
    }

    @Override
    public synchronized void forget(String privateId) {
        kept.remove(privateId);
    }
}
