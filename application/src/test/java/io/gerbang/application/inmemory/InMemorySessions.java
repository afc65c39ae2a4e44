package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Sessions;
import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Sessions in a map, each step atomic as the Redis scripts are (one lock), on the test's clock: a session is gone
 * once it expires, as a key with a time to live is. Passes the same {@code SessionsContract} as the Redis store.
 */
public final class InMemorySessions implements Sessions {

    private static final Duration TOUCH_GAP = Duration.ofSeconds(30);

    /** What every node shares, as they share Redis; its lock makes each step atomic. */
    private static final class Store {
        private final Map<SessionId, Session> sessions = new HashMap<>();
        /** Every token a family was given, to the session that gave it, as the store's index keeps them. */
        private final Map<RefreshTokenHash, SessionId> issuers = new HashMap<>();

        private final Map<List<Object>, Long> epochs = new HashMap<>();
    }

    private final Store store;
    private final Map<SessionId, Session> sessions;
    private final Map<RefreshTokenHash, SessionId> issuers;
    private final Map<List<Object>, Long> epochs;
    /** This node's own last write of each session, by its current token: what {@link #writtenHere} answers. */
    private final Map<RefreshTokenHash, Session> written = new HashMap<>();

    private final Clock clock;

    public InMemorySessions(Clock clock) {
        this(new Store(), clock);
    }

    private InMemorySessions(Store store, Clock clock) {
        this.store = store;
        this.sessions = store.sessions;
        this.issuers = store.issuers;
        this.epochs = store.epochs;
        this.clock = clock;
    }

    /** The same sessions as seen from another node: its own writes are its own, the store is shared. */
    public InMemorySessions anotherNode() {
        return new InMemorySessions(store, clock);
    }

    @Override
    public boolean open(Session session, SessionEpoch signedInUnder) {
        synchronized (store) {
            if (!signedInUnder.admitsOpeningAt(epochOf(session.tenant(), session.user()))) {
                return false;
            }
            sessions.put(session.id(), session);
            issuers.put(session.current(), session.id());
            wroteHere(session);
            return true;
        }
    }

    @Override
    public SessionEpoch epochOf(TenantId tenant, UserId user) {
        synchronized (store) {
            return new SessionEpoch(epochs.getOrDefault(List.of(tenant, user), 0L));
        }
    }

    @Override
    public Optional<Session> byId(SessionRef session) {
        synchronized (store) {
            return live(session.id()).filter(found -> found.ref().equals(session));
        }
    }

    @Override
    public Optional<Session> holding(RefreshTokenHash token) {
        synchronized (store) {
            SessionId issuer = issuers.get(token);
            return issuer == null ? Optional.empty() : live(issuer);
        }
    }

    @Override
    public Optional<Session> writtenHere(RefreshTokenHash current) {
        synchronized (store) {
            return Optional.ofNullable(written.get(current));
        }
    }

    /** Kept as a node keeps its own writes: never told of another node's, nor of an end (stale is allowed). */
    private void wroteHere(Session session) {
        if (session.previous() != null) {
            written.remove(session.previous());
        }
        written.put(session.current(), session);
    }

    @Override
    public boolean replace(long expectedVersion, Session next) {
        synchronized (store) {
            Optional<Session> stored = live(next.id());
            if (stored.isEmpty() || stored.get().version() != expectedVersion) {
                return false;
            }
            sessions.put(next.id(), next);
            issuers.put(next.current(), next.id());
            wroteHere(next);
            return true;
        }
    }

    @Override
    public boolean end(SessionRef session) {
        synchronized (store) {
            return byId(session)
                    .map(found -> sessions.remove(found.id()) != null)
                    .orElse(false);
        }
    }

    @Override
    public int endAllOf(TenantId tenant, UserId user, SessionId keep) {
        synchronized (store) {
            epochs.merge(List.of(tenant, user), 1L, Long::sum);
            List<Session> ended = of(tenant, user).stream()
                    .filter(session -> !session.id().equals(keep))
                    .toList();
            ended.forEach(session -> sessions.remove(session.id()));
            return ended.size();
        }
    }

    @Override
    public List<Session> of(TenantId tenant, UserId user) {
        synchronized (store) {
            return List.copyOf(sessions.keySet()).stream()
                    .flatMap(id -> live(id).stream())
                    .filter(session ->
                            session.tenant().equals(tenant) && session.user().equals(user))
                    .toList();
        }
    }

    @Override
    public boolean isLive(SessionRef session, Instant now) {
        synchronized (store) {
            Optional<Session> found = byId(session);
            found.filter(live -> !now.isBefore(live.lastUsedAt().plus(TOUCH_GAP)))
                    .ifPresent(live -> sessions.put(
                            live.id(),
                            Session.reconstitute(
                                    live.id(),
                                    live.user(),
                                    live.tenant(),
                                    live.client(),
                                    live.createdAt(),
                                    now,
                                    live.expiresAt(),
                                    live.current(),
                                    live.previous(),
                                    live.rotatedAt(),
                                    live.replay(),
                                    live.access(),
                                    live.version())));
            return found.isPresent();
        }
    }

    @Override
    public Set<SessionRef> liveAmong(Collection<SessionRef> asked) {
        synchronized (store) {
            return asked.stream().filter(ref -> byId(ref).isPresent()).collect(Collectors.toSet());
        }
    }

    @Override
    public int removeExpired(TenantId tenant) {
        synchronized (store) {
            List<SessionId> expired = sessions.values().stream()
                    .filter(session -> session.tenant().equals(tenant) && session.expiredAt(clock.instant()))
                    .map(Session::id)
                    .toList();
            expired.forEach(sessions::remove);
            return expired.size();
        }
    }

    /** The session as a key with a time to live holds it: gone once it expired. */
    private Optional<Session> live(SessionId id) {
        Session session = sessions.get(Objects.requireNonNull(id));
        return session == null || session.expiredAt(clock.instant()) ? Optional.empty() : Optional.of(session);
    }
}
