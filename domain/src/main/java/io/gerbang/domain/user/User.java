package io.gerbang.domain.user;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/** A person who may sign in to one tenant. */
public final class User {

    private final UserId id;
    private final TenantId tenant;
    private final UserIdentity identity;
    private final Email email;
    private final DisplayName name;
    private final PasswordHash passwordHash;
    private final boolean active;
    private final UnitId unitId;
    private final boolean twoFactorEnabled;
    private final Instant createdAt;
    private final Instant updatedAt;

    private User(
            UserId id,
            TenantId tenant,
            UserIdentity identity,
            Email email,
            DisplayName name,
            PasswordHash passwordHash,
            boolean active,
            UnitId unitId,
            boolean twoFactorEnabled,
            Instant createdAt,
            Instant updatedAt) {
        this.id = Objects.requireNonNull(id, "id");
        this.tenant = Objects.requireNonNull(tenant, "tenant");
        this.identity = Objects.requireNonNull(identity, "identity");
        this.email = Objects.requireNonNull(email, "email");
        this.name = Objects.requireNonNull(name, "name");
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.active = active;
        this.unitId = unitId;
        this.twoFactorEnabled = twoFactorEnabled;
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** For adapters that load a stored user. */
    public static User reconstitute(
            UserId id,
            TenantId tenant,
            UserIdentity identity,
            Email email,
            DisplayName name,
            PasswordHash passwordHash,
            boolean active,
            UnitId unitId,
            boolean twoFactorEnabled,
            Instant createdAt,
            Instant updatedAt) {
        return new User(
                id,
                tenant,
                identity,
                email,
                name,
                passwordHash,
                active,
                unitId,
                twoFactorEnabled,
                createdAt,
                updatedAt);
    }

    /** Only an active account may sign in, refresh, or keep a session. */
    public boolean mayHoldSession() {
        return active;
    }

    public User renamed(DisplayName newName, Instant now) {
        return new User(
                id,
                tenant,
                identity,
                email,
                Objects.requireNonNull(newName, "newName"),
                passwordHash,
                active,
                unitId,
                twoFactorEnabled,
                createdAt,
                now);
    }

    public User activated(boolean nowActive, Instant now) {
        return new User(
                id, tenant, identity, email, name, passwordHash, nowActive, unitId, twoFactorEnabled, createdAt, now);
    }

    /** Moves the user's home unit; null makes them tenant-wide. */
    public User movedTo(UnitId unit, Instant now) {
        return new User(
                id, tenant, identity, email, name, passwordHash, active, unit, twoFactorEnabled, createdAt, now);
    }

    public User withPasswordHash(PasswordHash newHash, Instant now) {
        return new User(id, tenant, identity, email, name, newHash, active, unitId, twoFactorEnabled, createdAt, now);
    }

    public UserId id() {
        return id;
    }

    public TenantId tenant() {
        return tenant;
    }

    public UserIdentity identity() {
        return identity;
    }

    public Email email() {
        return email;
    }

    public DisplayName name() {
        return name;
    }

    public PasswordHash passwordHash() {
        return passwordHash;
    }

    public boolean active() {
        return active;
    }

    /** The home unit (a study programme, a department); null for tenant-wide users. */
    public UnitId unitId() {
        return unitId;
    }

    public boolean twoFactorEnabled() {
        return twoFactorEnabled;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    @Override
    public String toString() {
        return "User[" + id + "@" + tenant + "]";
    }
}
