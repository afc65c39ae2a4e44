package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Users;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.sql.Timestamp;
import java.time.Instant;
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
        JdbcFailures.guard(() -> jdbc.update("update users set password_hash = ?, updated_at = ? where id = ?",
                hash.value(), Timestamp.from(now), id.value()));
    }

    private Optional<User> one(String sql, Object... args) {
        return JdbcFailures.guard(() -> jdbc.query(sql, UserRows::map, args).stream().findFirst());
    }
}
