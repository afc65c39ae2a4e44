package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Organisation;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.tenant.TenantId;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

public class JdbcOrganisation implements Organisation {

    private final JdbcTemplate jdbc;

    public JdbcOrganisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrgUnit> unit(TenantId tenant, long unitId) {
        return JdbcFailures.guard(() -> jdbc.query("""
                select un.id, un.branch_id, b.company_id from units un join branches b on b.id = un.branch_id
                 where un.tenant_id = ? and un.id = ?""",
                (rs, row) -> new OrgUnit(rs.getLong(1), rs.getLong(2), rs.getLong(3)), tenant.value(), unitId)
                .stream().findFirst());
    }
}
