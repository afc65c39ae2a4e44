package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** Users in a map by id; identities and e-mail addresses unique per tenant, as the table's keys make them. */
public final class InMemoryUsers implements Users {

    private final Map<UserId, User> users = new TreeMap<>(Comparator.comparingLong(UserId::value));
    private long lastId;

    @Override
    public synchronized Optional<User> byIdentity(TenantId tenant, UserIdentity identity) {
        return find(user -> user.tenant().equals(tenant) && user.identity().equals(identity));
    }

    @Override
    public synchronized Optional<User> byEmail(TenantId tenant, Email email) {
        return find(user -> user.tenant().equals(tenant) && user.email().equals(email));
    }

    @Override
    public synchronized Optional<User> byId(TenantId tenant, UserId id) {
        return Optional.ofNullable(users.get(id)).filter(user -> user.tenant().equals(tenant));
    }

    /** Whoever has this id, in whatever tenant (as the profile store reads them). */
    public synchronized Optional<User> byId(UserId id) {
        return Optional.ofNullable(users.get(id));
    }

    @Override
    public synchronized void changePasswordHash(UserId id, PasswordHash hash, Instant now) {
        users.computeIfPresent(id, (key, user) -> user.withPasswordHash(hash, now));
    }

    @Override
    public synchronized boolean upgradePasswordHash(
            UserId id, PasswordHash verified, PasswordHash upgraded, Instant now) {
        User user = users.get(id);
        if (user == null || !user.passwordHash().equals(verified)) {
            return false;
        }
        users.put(id, user.withPasswordHash(upgraded, now));
        return true;
    }

    @Override
    public synchronized Optional<User> add(NewUser user, Instant now) {
        if (byIdentity(user.tenant(), user.identity()).isPresent()
                || byEmail(user.tenant(), user.email()).isPresent()) {
            return Optional.empty();
        }
        User added = User.reconstitute(
                new UserId(++lastId),
                user.tenant(),
                user.identity(),
                user.email(),
                user.name(),
                user.passwordHash(),
                user.active(),
                user.unitId(),
                false,
                now,
                now);
        users.put(added.id(), added);
        return Optional.of(added);
    }

    @Override
    public synchronized void save(User before, User after) {
        User stored = users.get(after.id());
        if (stored == null) {
            return;
        }
        Instant now = after.updatedAt();
        if (!Objects.equals(before.name(), after.name())) {
            stored = stored.renamed(after.name(), now);
        }
        if (before.active() != after.active()) {
            stored = stored.activated(after.active(), now);
        }
        if (!Objects.equals(before.unitId(), after.unitId())) {
            stored = stored.movedTo(after.unitId(), now);
        }
        if (!Objects.equals(before.passwordHash(), after.passwordHash())) {
            stored = stored.withPasswordHash(after.passwordHash(), now);
        }
        users.put(stored.id(), stored);
    }

    @Override
    public synchronized List<User> page(TenantId tenant, Scope scope, Cursors.Position from, int limit) {
        List<User> found = new ArrayList<>(users.values().stream()
                .filter(user -> user.tenant().equals(tenant) && scope.reaches(user.unitId()))
                .filter(user -> from == null
                        || (from.after()
                                ? user.id().value() > from.id()
                                : user.id().value() < from.id()))
                .toList());
        if (from != null && !from.after()) {
            return found.subList(Math.max(0, found.size() - limit), found.size());
        }
        return found.subList(0, Math.min(limit, found.size()));
    }

    /** Two-factor turned on or off, as the second-factor store marks the user. */
    synchronized void twoFactor(UserId id, boolean on) {
        users.computeIfPresent(
                id,
                (key, user) -> User.reconstitute(
                        user.id(),
                        user.tenant(),
                        user.identity(),
                        user.email(),
                        user.name(),
                        user.passwordHash(),
                        user.active(),
                        user.unitId(),
                        on,
                        user.createdAt(),
                        user.updatedAt()));
    }

    private Optional<User> find(java.util.function.Predicate<User> wanted) {
        return users.values().stream().filter(wanted).findFirst();
    }
}
