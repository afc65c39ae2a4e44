package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.TenantAdministration;
import io.gerbang.domain.access.TenantAdministrators;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tenant's administration lock and who administers it: its row locked ({@code for update}) inside the
 * surrounding transaction, then the company-level assignments and which of their holders are active. The
 * rule is the domain's ({@code TenantAdministrators}), applied by the use cases; this only locks and reads.
 */
public class JdbcTenantAdministration implements TenantAdministration {

    private final JdbcTemplate jdbc;

    public JdbcTenantAdministration(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public TenantAdministrators lockAndRead(TenantId tenant) {
        return JdbcFailures.guard(() -> {
            jdbc.query("select id from tenants where id = ? for update", rs -> {}, tenant.value());
            var assignments = jdbc.query(
                    AssignmentRows.SELECT + " where ra.tenant_id = ? and ra.level = 'company'",
                    (rs, row) -> AssignmentRows.assignment(rs),
                    tenant.value());
            var active = jdbc.queryForList("""
                    select distinct u.id from role_assignments ra join users u on u.id = ra.user_id
                     where ra.tenant_id = ? and ra.level = 'company' and u.is_active
                     """, Long.class, tenant.value()).stream()
                    .map(UserId::new)
                    .toList();
            return new TenantAdministrators(assignments, active);
        });
    }
}
