package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Identifiers;
import io.gerbang.domain.session.SessionId;
import java.util.concurrent.atomic.AtomicLong;

/** Ids that count up: each one new, and easy to tell apart in a failed assertion. */
public final class CountingIdentifiers implements Identifiers {

    private final AtomicLong next = new AtomicLong();

    @Override
    public SessionId newSessionId() {
        return new SessionId("%032x".formatted(next.incrementAndGet()));
    }

    @Override
    public String newTokenId() {
        return "jti-" + next.incrementAndGet();
    }

    @Override
    public String newSecret() {
        return "secret-%016d".formatted(next.incrementAndGet());
    }
}
