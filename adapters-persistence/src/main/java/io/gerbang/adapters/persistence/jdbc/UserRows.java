package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Maps a row of {@code users} (selected with {@link #COLUMNS}) to the aggregate. */
final class UserRows {

    static final String COLUMNS = "u.id, u.tenant_id, u.user_identity, u.email, u.name, u.password_hash, u.is_active,"
            + " u.unit_id, u.two_factor_enabled, u.created_at, u.updated_at";

    private UserRows() {}

    static User map(ResultSet rs, int row) throws SQLException {
        return User.reconstitute(
                new UserId(rs.getLong("id")),
                new TenantId(rs.getLong("tenant_id")),
                new UserIdentity(rs.getString("user_identity")),
                new Email(rs.getString("email")),
                new DisplayName(rs.getString("name")),
                new PasswordHash(rs.getString("password_hash")),
                rs.getBoolean("is_active"),
                UnitId.ofNullable(AssignmentRows.nullableLong(rs, "unit_id")),
                rs.getBoolean("two_factor_enabled"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    /** Reads a timestamptz; the driver's OffsetDateTime path skips the Calendar work of getTimestamp. */
    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, java.time.OffsetDateTime.class).toInstant();
    }
}
