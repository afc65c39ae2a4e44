package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Cursors;
import io.gerbang.application.port.out.Users;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.NewUser;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcUsers implements Users {

    private static final String SELECT = "select " + UserRows.COLUMNS + " from users u ";

    private final JdbcTemplate jdbc;

    public JdbcUsers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<User> byIdentity(TenantId tenant, UserIdentity identity) {
        return one(SELECT + "where u.tenant_id = ? and u.user_identity = ?", tenant.value(), identity.value());
    }

    @Override
    public Optional<User> byEmail(TenantId tenant, Email email) {
        return one(SELECT + "where u.tenant_id = ? and u.email = ?", tenant.value(), email.value());
    }

    @Override
    public Optional<User> byId(TenantId tenant, UserId id) {
        return one(SELECT + "where u.tenant_id = ? and u.id = ?", tenant.value(), id.value());
    }

    @Override
    public void changePasswordHash(UserId id, PasswordHash hash, Instant now) {
        JdbcFailures.guard(() -> jdbc.update(
                "update users set password_hash = ?, updated_at = ? where id = ?",
                hash.value(),
                Timestamp.from(now),
                id.value()));
    }

    @Override
    public boolean upgradePasswordHash(UserId id, PasswordHash verified, PasswordHash upgraded, Instant now) {
        return JdbcFailures.guard(() -> jdbc.update(
                        "update users set password_hash = ?, updated_at = ? where id = ? and password_hash = ?",
                        upgraded.value(),
                        Timestamp.from(now),
                        id.value(),
                        verified.value()))
                == 1;
    }

    @Override
    public Optional<User> add(NewUser user, Instant now) {
        return JdbcFailures.unlessTaken(() -> jdbc.queryForObject(
                        """
                insert into users (tenant_id, user_identity, email, name, password_hash, is_active, unit_id,
                                   created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""",
                        Long.class,
                        user.tenant().value(),
                        user.identity().value(),
                        user.email().value(),
                        user.name().value(),
                        user.passwordHash().value(),
                        user.active(),
                        UnitId.valueOf(user.unitId()),
                        Timestamp.from(now),
                        Timestamp.from(now)))
                .flatMap(id -> byId(user.tenant(), new UserId(id)));
    }

    @Override
    public void save(User before, User after) {
        JdbcFailures.guard(() -> update(before, after));
    }

    /** Sets only the columns whose value the change moved, and the time of the change. */
    private void update(User before, User after) {
        StringBuilder set = new StringBuilder("updated_at = ?");
        List<Object> args = new ArrayList<>();
        args.add(Timestamp.from(after.updatedAt()));
        if (!after.name().equals(before.name())) {
            set.append(", name = ?");
            args.add(after.name().value());
        }
        if (after.active() != before.active()) {
            set.append(", is_active = ?");
            args.add(after.active());
        }
        if (!Objects.equals(after.unitId(), before.unitId())) {
            set.append(", unit_id = ?");
            args.add(UnitId.valueOf(after.unitId()));
        }
        if (!after.passwordHash().equals(before.passwordHash())) {
            set.append(", password_hash = ?");
            args.add(after.passwordHash().value());
        }
        args.add(after.id().value());
        args.add(after.tenant().value());
        jdbc.update("update users set " + set + " where id = ? and tenant_id = ?", args.toArray());
    }

    /**
     * Up to this many units, a page is read unit by unit through the (tenant_id, unit_id, id) index, each unit
     * giving at most one page in id order, and merged: a unit admin's page then reads about {@code limit} rows
     * instead of every user of the unit. Wider scopes let the planner walk the id order and filter.
     */
    static final int UNIT_BY_UNIT_MAX = 16;

    @Override
    public List<User> page(TenantId tenant, Scope scope, Cursors.Position from, int limit) {
        boolean backwards = from != null && !from.after();
        String after = from == null ? "" : backwards ? " and u.id < ?" : " and u.id > ?";
        String order = " order by u.id " + (backwards ? "desc" : "asc") + " limit ?";
        // the position and the page length, in that order, end every variant's inner query
        List<Object> page = new ArrayList<>();
        if (from != null) {
            page.add(from.id());
        }
        page.add(limit);
        List<Object> args = new ArrayList<>();
        String sql;
        if (scope.tenantWide()) {
            sql = SELECT + "where u.tenant_id = ?" + after + order;
            args.add(tenant.value());
            args.addAll(page);
        } else if (scope.units().size() <= UNIT_BY_UNIT_MAX) {
            sql = "select " + UserRows.COLUMNS + " from unnest(?) as s(unit_id) cross join lateral"
                    + " (select u.* from users u where u.tenant_id = ? and u.unit_id = s.unit_id" + after + order
                    + ") u" + order;
            args.add(Statements.unitIds(scope.units()));
            args.add(tenant.value());
            args.addAll(page);
            args.add(limit);
        } else {
            sql = SELECT + "where u.tenant_id = ? and u.unit_id = any(?)" + after + order;
            args.add(tenant.value());
            args.add(Statements.unitIds(scope.units()));
            args.addAll(page);
        }
        List<User> users = JdbcFailures.guard(
                () -> jdbc.query(connection -> Statements.prepare(connection, sql, args), UserRows::map));
        if (backwards) {
            Collections.reverse(users);
        }
        return users;
    }

    private Optional<User> one(String sql, Object... args) {
        return JdbcFailures.guard(
                () -> jdbc.query(sql, UserRows::map, args).stream().findFirst());
    }
}
