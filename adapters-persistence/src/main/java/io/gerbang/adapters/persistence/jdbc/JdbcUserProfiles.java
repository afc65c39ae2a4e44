package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.application.port.out.UserProfiles;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a user with tenant, assignments (with names), the units they could cover and the menu. */
public class JdbcUserProfiles implements UserProfiles {

    private static final String USER = "select " + UserRows.COLUMNS
            + ", t.name as tenant_name, t.type as tenant_type, t.is_active as tenant_active, hu.code as home_unit_code"
            + " from users u join tenants t on t.id = u.tenant_id left join units hu on hu.id = u.unit_id"
            + " where u.id = ?";

    private static final String ASSIGNMENTS = AssignmentRows.SELECT + " where ra.user_id = ? order by ra.id";

    private static final String UNITS = """
            select un.id, un.branch_id, b.company_id, un.code
              from units un join branches b on b.id = un.branch_id
             where un.tenant_id = ? and (un.branch_id = any(?) or un.id = any(?))""";

    private static final String MODULES =
            "select group_name, name, path, icon, description, permission from modules order by sort_order, id";

    private final JdbcTemplate jdbc;

    public JdbcUserProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<ProfileSource> of(UserId id) {
        return JdbcFailures.guard(() -> {
            List<Object[]> found = jdbc.query(
                    USER,
                    (rs, row) -> new Object[] {
                        UserRows.map(rs, row),
                        new Tenant(
                                new TenantId(rs.getLong("tenant_id")),
                                rs.getString("tenant_name"),
                                TenantType.ofCode(rs.getString("tenant_type")),
                                rs.getBoolean("tenant_active")),
                        UnitCode.ofNullable(rs.getString("home_unit_code"))
                    },
                    id.value());
            if (found.isEmpty()) {
                return Optional.empty();
            }
            User user = (User) found.get(0)[0];
            Tenant tenant = (Tenant) found.get(0)[1];
            List<RoleAssignment> assignments = new ArrayList<>();
            List<GrantedRole> named = new ArrayList<>();
            jdbc.query(
                    ASSIGNMENTS,
                    rs -> {
                        assignments.add(AssignmentRows.assignment(rs));
                        named.add(AssignmentRows.grantedRole(rs));
                    },
                    id.value());
            return Optional.of(new ProfileSource(
                    user, tenant, assignments, named, candidateUnits(tenant.id(), assignments), modules(), (UnitCode)
                            found.get(0)[2]));
        });
    }

    private List<OrgUnit> candidateUnits(TenantId tenant, List<RoleAssignment> assignments) {
        Long[] branches = assignments.stream()
                .filter(a -> a.level() == AssignmentLevel.BRANCH)
                .map(RoleAssignment::branchId)
                .map(BranchId::value)
                .toArray(Long[]::new);
        Long[] units = assignments.stream()
                .filter(a -> a.level() == AssignmentLevel.UNIT)
                .map(RoleAssignment::unitId)
                .map(UnitId::value)
                .toArray(Long[]::new);
        if (branches.length == 0 && units.length == 0) {
            return List.of();
        }
        return jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(UNITS);
                    statement.setLong(1, tenant.value());
                    statement.setArray(2, connection.createArrayOf("bigint", branches));
                    statement.setArray(3, connection.createArrayOf("bigint", units));
                    return statement;
                },
                JdbcOrganisation.UNIT);
    }

    private List<Module> modules() {
        return jdbc.query(
                MODULES,
                (rs, row) -> new Module(
                        rs.getString("group_name"),
                        rs.getString("name"),
                        rs.getString("path"),
                        rs.getString("icon"),
                        rs.getString("description"),
                        permission(rs.getString("permission"))));
    }

    private static Permission permission(String name) {
        return name == null ? null : new Permission(name);
    }
}
