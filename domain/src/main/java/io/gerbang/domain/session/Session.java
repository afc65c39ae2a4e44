package io.gerbang.domain.session;

import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A signed-in session and the family of refresh tokens it rotates through. Each refresh replaces the
 * current token by a successor; the previous one stays known for the grace window, so two racing
 * requests with one token get one answer, and any older token shows the family was leaked.
 * {@link #version()} lets a store replace a session only if nobody else did first.
 */
public final class Session {

    private final SessionId id;
    private final UserId user;
    private final TenantId tenant;
    private final ClientInfo client;
    private final Instant createdAt;
    private final Instant lastUsedAt;
    private final Instant expiresAt;
    private final RefreshTokenHash current;
    private final RefreshTokenHash previous;
    private final Instant rotatedAt;
    private final GraceReplay replay;
    private final IssuedAccessToken access;
    private final long version;

    private Session(
            SessionId id,
            UserId user,
            TenantId tenant,
            ClientInfo client,
            Instant createdAt,
            Instant lastUsedAt,
            Instant expiresAt,
            RefreshTokenHash current,
            RefreshTokenHash previous,
            Instant rotatedAt,
            GraceReplay replay,
            IssuedAccessToken access,
            long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.user = Objects.requireNonNull(user, "user");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.client = client == null ? ClientInfo.unknown() : client;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.current = Objects.requireNonNull(current, "current");
        this.previous = previous;
        this.rotatedAt = rotatedAt;
        this.replay = replay;
        this.access = Objects.requireNonNull(access, "access");
        this.version = version;
    }

    /** A new session after a good sign-in. */
    public static Session open(
            SessionId id,
            UserId user,
            TenantId tenant,
            ClientInfo client,
            RefreshTokenHash firstToken,
            IssuedAccessToken access,
            Instant now,
            Duration lifetime) {
        return new Session(
                id, user, tenant, client, now, now, now.plus(lifetime), firstToken, null, null, null, access, 0);
    }

    /** For adapters that load a stored session. */
    public static Session reconstitute(
            SessionId id,
            UserId user,
            TenantId tenant,
            ClientInfo client,
            Instant createdAt,
            Instant lastUsedAt,
            Instant expiresAt,
            RefreshTokenHash current,
            RefreshTokenHash previous,
            Instant rotatedAt,
            GraceReplay replay,
            IssuedAccessToken access,
            long version) {
        return new Session(
                id,
                user,
                tenant,
                client,
                createdAt,
                lastUsedAt,
                expiresAt,
                current,
                previous,
                rotatedAt,
                replay,
                access,
                version);
    }

    /** The rule of rotation: what presenting {@code presented} (a token of this family) means now. */
    public RefreshVerdict judge(RefreshTokenHash presented, Instant now, Duration grace) {
        if (expiredAt(now)) {
            return RefreshVerdict.EXPIRED;
        }
        if (current.equals(presented)) {
            return RefreshVerdict.ROTATE;
        }
        // A zero grace window means none: every repeat is reuse.
        if (presented.equals(previous)
                && replay != null
                && rotatedAt != null
                && !grace.isZero()
                && !now.isAfter(rotatedAt.plus(grace))) {
            return RefreshVerdict.REPEAT_WITHIN_GRACE;
        }
        return RefreshVerdict.REUSED;
    }

    /** Moves the family on to {@code successor}; refused unless {@code presented} is the current token. */
    public Session rotate(
            RefreshTokenHash presented,
            RefreshTokenHash successor,
            GraceReplay replay,
            IssuedAccessToken newAccess,
            Instant now,
            Duration lifetime,
            Duration grace) {
        RefreshVerdict verdict = judge(presented, now, grace);
        if (verdict != RefreshVerdict.ROTATE) {
            throw new RefreshRefused(verdict);
        }
        return new Session(
                id,
                user,
                tenant,
                client,
                createdAt,
                now,
                now.plus(lifetime),
                successor,
                current,
                now,
                replay,
                newAccess,
                version + 1);
    }

    /**
     * For a client that keeps its refresh token ({@code refresh: reuse}): a new access token, the same refresh
     * token, the same end of the session; refused unless {@code presented} is the current token.
     */
    public Session reissue(RefreshTokenHash presented, IssuedAccessToken newAccess, Instant now, Duration grace) {
        RefreshVerdict verdict = judge(presented, now, grace);
        if (verdict != RefreshVerdict.ROTATE) {
            throw new RefreshRefused(verdict);
        }
        return new Session(
                id,
                user,
                tenant,
                client,
                createdAt,
                now,
                expiresAt,
                current,
                previous,
                rotatedAt,
                replay,
                newAccess,
                version + 1);
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean belongsTo(UserId candidate) {
        return user.equals(candidate);
    }

    /** The session as its access tokens name it. */
    public SessionRef ref() {
        return new SessionRef(tenant, user, id);
    }

    public SessionId id() {
        return id;
    }

    public UserId user() {
        return user;
    }

    public TenantId tenant() {
        return tenant;
    }

    public ClientInfo client() {
        return client;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastUsedAt() {
        return lastUsedAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public RefreshTokenHash current() {
        return current;
    }

    public RefreshTokenHash previous() {
        return previous;
    }

    public Instant rotatedAt() {
        return rotatedAt;
    }

    public GraceReplay replay() {
        return replay;
    }

    public IssuedAccessToken access() {
        return access;
    }

    public long version() {
        return version;
    }

    @Override
    public String toString() {
        return "Session[" + id + " of " + user + "]";
    }
}
