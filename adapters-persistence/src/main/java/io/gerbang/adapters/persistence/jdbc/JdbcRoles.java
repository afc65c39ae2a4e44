package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Roles;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

public class JdbcRoles implements Roles {

    private static final String SELECT = """
            select r.id, r.name, r.description,
                   array(select rp.permission from role_permissions rp where rp.role_id = r.id) as permissions
              from roles r where r.tenant_id = ?""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcRoles(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public List<Role> of(TenantId tenant) {
        return JdbcFailures.guard(() -> jdbc.query(SELECT + " order by r.id", JdbcRoles::role, tenant.value()));
    }

    @Override
    public Optional<Role> byId(TenantId tenant, RoleId role) {
        return JdbcFailures.guard(
                () -> jdbc.query(SELECT + " and r.id = ?", JdbcRoles::role, tenant.value(), role.value()).stream()
                        .findFirst());
    }

    private static Role role(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Role(
                new RoleId(rs.getLong("id")),
                rs.getString("name"),
                rs.getString("description"),
                AssignmentRows.permissions(rs.getArray("permissions")));
    }

    @Override
    public Optional<Role> add(TenantId tenant, String name, String description, Set<Permission> permissions) {
        return JdbcFailures.unlessTaken(() -> transaction.execute(status -> {
            Long id = jdbc.queryForObject(
                    "insert into roles (tenant_id, name, description) values (?, ?, ?) returning id",
                    Long.class,
                    tenant.value(),
                    name,
                    description);
            jdbc.batchUpdate(
                    "insert into role_permissions (role_id, permission) values (?, ?)",
                    permissions.stream()
                            .sorted()
                            .map(permission -> new Object[] {id, permission.name()})
                            .toList());
            return new Role(new RoleId(id), name, description, permissions);
        }));
    }

    @Override
    public Set<Permission> knownPermissions() {
        return JdbcFailures.guard(
                () -> Permission.setOf(jdbc.queryForList("select name from permissions", String.class)));
    }
}
