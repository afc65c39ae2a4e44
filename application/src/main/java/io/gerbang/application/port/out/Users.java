package io.gerbang.application.port.out;

import io.gerbang.domain.access.Scope;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

public interface Users {

    Optional<User> byIdentity(TenantId tenant, UserIdentity identity);

    Optional<User> byEmail(TenantId tenant, Email email);

    Optional<User> byId(TenantId tenant, UserId id);

    void changePasswordHash(UserId id, PasswordHash hash, Instant now);

    /**
     * Replaces the hash a sign-in just verified with a stronger one of the same password, only if the stored
     * hash is still that one (a password changed meanwhile stays changed); true if it was replaced.
     */
    boolean upgradePasswordHash(UserId id, PasswordHash verified, PasswordHash upgraded, Instant now);

    /** Registers a user; empty if the identity or e-mail is already taken in the tenant. */
    Optional<User> add(NewUser user, Instant now);

    /**
     * Stores what a change touched: of a user's name, active flag, home unit and password hash, only those that
     * differ between {@code before} (as read) and {@code after}, so that a concurrent change of another field is
     * kept, never written back over with the value read before it.
     */
    void save(User before, User after);

    /**
     * Up to {@code limit} users of the tenant within {@code scope}, ordered by id, after or before
     * {@code from} (null: from the start). A unit scope reaches only users whose home unit it covers.
     */
    List<User> page(TenantId tenant, Scope scope, Cursors.Position from, int limit);
}
