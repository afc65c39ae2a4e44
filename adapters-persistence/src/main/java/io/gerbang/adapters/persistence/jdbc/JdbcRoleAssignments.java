package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.RoleAssignments;
import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcRoleAssignments implements RoleAssignments {

    private final JdbcTemplate jdbc;

    public JdbcRoleAssignments(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    public Optional<AssignmentId> add(TenantId tenant, UserId user, RoleId role, OrgNode node) {
        return JdbcFailures.unlessTaken(() -> new AssignmentId(jdbc.queryForObject(
                """
                insert into role_assignments (tenant_id, user_id, role_id, level, company_id, branch_id, unit_id)
                values (?, ?, ?, ?, ?, ?, ?) returning id""",
                Long.class,
                tenant.value(),
                user.value(),
                role.value(),
                node.level().code(),
                node.companyId().value(),
                BranchId.valueOf(node.branchId()),
                UnitId.valueOf(node.unitId()))));
    }

    @Override
    public Optional<RoleAssignment> of(TenantId tenant, UserId user, AssignmentId assignment) {
        return JdbcFailures.guard(() -> jdbc
                .query(
                        AssignmentRows.SELECT + " where ra.tenant_id = ? and ra.user_id = ? and ra.id = ?",
                        (rs, row) -> AssignmentRows.assignment(rs),
                        tenant.value(),
                        user.value(),
                        assignment.value())
                .stream()
                .findFirst());
    }

    @Override
    public boolean remove(TenantId tenant, UserId user, AssignmentId assignment) {
        return JdbcFailures.guard(() -> jdbc.update(
                        "delete from role_assignments where tenant_id = ? and user_id = ? and id = ?",
                        tenant.value(),
                        user.value(),
                        assignment.value()))
                == 1;
    }
}
