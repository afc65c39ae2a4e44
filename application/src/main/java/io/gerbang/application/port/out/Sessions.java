package io.gerbang.application.port.out;

import io.gerbang.domain.session.RefreshTokenHash;
import io.gerbang.domain.session.Session;
import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.session.SessionId;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Live sessions, shared by every node. Changes are atomic: {@link #replace} writes only if the stored
 * session still has the version it was read with, and {@link #end} wins over any replace that follows. A
 * session is named with its owner ({@link SessionRef}), as its access tokens name it.
 */
public interface Sessions {

    /**
     * Opens a session if its user's {@link SessionEpoch} is still the one the sign-in read before its check, in
     * one atomic step; false, and nothing opened, once every session of the user was ended since.
     */
    boolean open(Session session, SessionEpoch signedInUnder);

    /** The user's epoch now: read by a sign-in before it reads what it checks. */
    SessionEpoch epochOf(TenantId tenant, UserId user);

    Optional<Session> byId(SessionRef session);

    /** The session whose family issued this refresh token (current or earlier), if it is still known. */
    Optional<Session> holding(RefreshTokenHash token);

    /**
     * This node's own copy of the session whose current refresh token this is, as this node last opened or replaced
     * it, without asking the store (empty if this node holds none). It may be stale, changed or ended elsewhere
     * since: it is only good as the expected version of a {@link #replace}, which then fails.
     */
    Optional<Session> writtenHere(RefreshTokenHash current);

    /** Stores {@code next} only if the stored session is still at {@code expectedVersion}. */
    boolean replace(long expectedVersion, Session next);

    /** Ends a session; true if it was live. */
    boolean end(SessionRef session);

    /**
     * Ends every session of a user but {@code keep} (may be null), having first moved the user's epoch on, so
     * that no sign-in in flight opens a session after it; returns how many ended.
     */
    int endAllOf(TenantId tenant, UserId user, SessionId keep);

    List<Session> of(TenantId tenant, UserId user);

    /** The hot-path check: is this session of this user of this tenant live? Notes the use. */
    boolean isLive(SessionRef session, Instant now);

    /** Which of these sessions are live, in one round trip (sockets re-check theirs every half second). */
    Set<SessionRef> liveAmong(Collection<SessionRef> sessions);

    /** Forgets what expired sessions of the tenant left behind; returns how many entries went. */
    int removeExpired(TenantId tenant);
}
