package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.domain.access.TenantAdministrators;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Changes that could take away a tenant's last administrator (removing a company-level assignment,
 * deactivating its holder) run one at a time per tenant: each locks the tenant's row inside its transaction,
 * then reads the administrators for the domain rule to decide. Two admins removing each other at once are
 * thus serialised, and the second one is refused.
 */
final class AdministrationLock {

    private AdministrationLock() {
    }

    /** Call inside a transaction; the lock is held until it ends. */
    static TenantAdministrators lockAndRead(JdbcTemplate jdbc, TenantId tenant) {
        jdbc.query("select id from tenants where id = ? for update", rs -> { }, tenant.value());
        var assignments = jdbc.query(AssignmentRows.SELECT + " where ra.tenant_id = ? and ra.level = 'company'",
                (rs, row) -> AssignmentRows.assignment(rs), tenant.value());
        var active = jdbc.queryForList("""
                select distinct u.id from role_assignments ra join users u on u.id = ra.user_id
                 where ra.tenant_id = ? and ra.level = 'company' and u.is_active""", Long.class, tenant.value())
                .stream().map(UserId::new).toList();
        return new TenantAdministrators(assignments, active);
    }
}
