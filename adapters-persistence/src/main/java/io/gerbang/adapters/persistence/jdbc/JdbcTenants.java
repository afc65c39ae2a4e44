package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.tenant.TenantType;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

public class JdbcTenants implements Tenants {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    public JdbcTenants(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Override
    public Optional<Tenant> byId(TenantId id) {
        return JdbcFailures.guard(() -> jdbc
                .query(
                        "select id, name, type, is_active from tenants where id = ?",
                        (rs, row) -> new Tenant(
                                new TenantId(rs.getLong("id")),
                                rs.getString("name"),
                                TenantType.ofCode(rs.getString("type")),
                                rs.getBoolean("is_active")),
                        id.value())
                .stream()
                .findFirst());
    }

    @Override
    public Optional<OpenedTenant> open(NewTenant tenant, Set<Permission> permissions) {
        return JdbcFailures.unlessTaken(() -> transaction.execute(status -> {
            // the unique index on lower(name) refuses a second tenant of the name, rolling all of it back
            long id = jdbc.queryForObject(
                    "insert into tenants (name, type, is_active) values (?, ?, true)" + " returning id",
                    Long.class,
                    tenant.name(),
                    tenant.type().code());
            long company = jdbc.queryForObject(
                    "insert into companies (tenant_id, name) values (?, ?) returning id",
                    Long.class,
                    id,
                    tenant.name());
            long role = jdbc.queryForObject(
                    "insert into roles (tenant_id, name, description) values (?, ?, ?)" + " returning id",
                    Long.class,
                    id,
                    NewTenant.ADMINISTRATOR_ROLE,
                    NewTenant.ADMINISTRATOR_ROLE_DESCRIPTION);
            jdbc.batchUpdate(
                    "insert into role_permissions (role_id, permission) values (?, ?)",
                    permissions.stream()
                            .sorted()
                            .map(permission -> new Object[] {role, permission.name()})
                            .toList());
            return new OpenedTenant(
                    new TenantId(id), tenant.name(), tenant.type(), new CompanyId(company), new RoleId(role));
        }));
    }
}
