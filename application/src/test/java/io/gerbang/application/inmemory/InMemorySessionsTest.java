package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.SessionsContract;
import java.time.Clock;

/** The in-memory session store keeps the same contract as the Redis one, on the system's clock as Redis has it. */
class InMemorySessionsTest extends SessionsContract {

    private final InMemorySessions sessions = new InMemorySessions(Clock.systemUTC());
    private final InMemorySessions anotherNode = sessions.anotherNode();

    @Override
    protected Sessions sessions() {
        return sessions;
    }

    @Override
    protected Sessions anotherNode() {
        return anotherNode;
    }
}
