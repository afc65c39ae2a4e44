package io.gerbang.application.port.out;

import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Live sessions, shared by every node. Changes are atomic: {@link #replace} writes only if the stored
 * session still has the version it was read with, and {@link #end} wins over any replace that follows.
 */
public interface Sessions {

    void open(Session session);

    Optional<Session> byId(SessionId id);

    /** The session whose family issued this refresh token (current or earlier), if it is still known. */
    Optional<SessionId> issuerOf(RefreshTokenHash token);

    /** The session whose family issued this refresh token, read in one go (the refresh hot path). */
    Optional<Session> holding(RefreshTokenHash token);

    /** Stores {@code next} only if the stored session is still at {@code expectedVersion}. */
    boolean replace(long expectedVersion, Session next);

    /** Ends a session; true if it was live. */
    boolean end(SessionId id);

    /** Ends every session of a user but {@code keep} (may be null); returns how many ended. */
    int endAllOf(TenantId tenant, UserId user, SessionId keep);

    List<Session> of(TenantId tenant, UserId user);

    /** The hot-path check: is this session live, and the user's in that tenant? Notes the use. */
    boolean isLive(SessionId id, UserId user, TenantId tenant, Instant now);

    /** Which of these sessions are live, in one round trip (sockets re-check theirs every half second). */
    java.util.Set<SessionId> liveAmong(java.util.Collection<SessionId> ids);

    /** Forgets what expired sessions of the tenant left behind; returns how many entries went. */
    int removeExpired(TenantId tenant);
}
