package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.UserId;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Set;

/** How a role assignment is read: with its role's permissions (for the rules) and every name (for display). */
final class AssignmentRows {

    /** Followed by a {@code where} on {@code ra}. */
    static final String SELECT = """
            select ra.id, ra.user_id, ra.level, ra.company_id, c.name as company_name, ra.branch_id,
                   b.name as branch_name, ra.unit_id, un.name as unit_name, un.code as unit_code, r.id as role_id,
                   r.name as role_name,
                   r.description as role_description,
                   array(select rp.permission from role_permissions rp where rp.role_id = r.id) as permissions
              from role_assignments ra
              join roles r on r.id = ra.role_id
              join companies c on c.id = ra.company_id
              left join branches b on b.id = ra.branch_id
              left join units un on un.id = ra.unit_id
            """;

    private AssignmentRows() {}

    static RoleAssignment assignment(ResultSet rs) throws SQLException {
        Role role = new Role(
                new RoleId(rs.getLong("role_id")),
                rs.getString("role_name"),
                rs.getString("role_description"),
                permissions(rs.getArray("permissions")));
        return RoleAssignment.reconstitute(
                new AssignmentId(rs.getLong("id")),
                new UserId(rs.getLong("user_id")),
                role,
                AssignmentLevel.fromCode(rs.getString("level")),
                new CompanyId(rs.getLong("company_id")),
                BranchId.ofNullable(nullableLong(rs, "branch_id")),
                UnitId.ofNullable(nullableLong(rs, "unit_id")));
    }

    static GrantedRole grantedRole(ResultSet rs) throws SQLException {
        return new GrantedRole(
                new AssignmentId(rs.getLong("id")),
                AssignmentLevel.fromCode(rs.getString("level")),
                new RoleId(rs.getLong("role_id")),
                rs.getString("role_name"),
                rs.getString("role_description"),
                new CompanyId(rs.getLong("company_id")),
                rs.getString("company_name"),
                BranchId.ofNullable(nullableLong(rs, "branch_id")),
                rs.getString("branch_name"),
                UnitId.ofNullable(nullableLong(rs, "unit_id")),
                rs.getString("unit_name"),
                UnitCode.ofNullable(rs.getString("unit_code")));
    }

    static Set<Permission> permissions(Array array) throws SQLException {
        return array == null ? Set.of() : Permission.setOf((String[]) array.getArray());
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
