package io.gerbang.adapters.persistence.jdbc;

import io.gerbang.application.port.out.Organisation;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

public class JdbcOrganisation implements Organisation {

    private static final String UNITS =
            "select un.id, un.branch_id, b.company_id, un.code from units un join branches b on b.id = un.branch_id"
                    + " where un.tenant_id = ?";
    static final RowMapper<OrgUnit> UNIT = (rs, row) -> new OrgUnit(
            new UnitId(rs.getLong(1)),
            new BranchId(rs.getLong(2)),
            new CompanyId(rs.getLong(3)),
            UnitCode.ofNullable(rs.getString(4)));

    private final JdbcTemplate jdbc;

    public JdbcOrganisation(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<OrgUnit> unit(TenantId tenant, UnitId unitId) {
        return JdbcFailures.guard(
                () -> jdbc.query(UNITS + " and un.id = ?", UNIT, tenant.value(), unitId.value()).stream()
                        .findFirst());
    }

    @Override
    public List<OrgUnit> units(TenantId tenant) {
        return JdbcFailures.guard(() -> jdbc.query(UNITS + " order by un.id", UNIT, tenant.value()));
    }

    @Override
    public Optional<OrgNode> company(TenantId tenant, CompanyId company) {
        return JdbcFailures.guard(() -> jdbc
                .query(
                        "select id from companies where tenant_id = ? and id = ?",
                        (rs, row) -> OrgNode.company(new CompanyId(rs.getLong(1))),
                        tenant.value(),
                        company.value())
                .stream()
                .findFirst());
    }

    @Override
    public Optional<OrgNode> branch(TenantId tenant, BranchId branch) {
        return JdbcFailures.guard(() -> jdbc
                .query(
                        "select company_id, id from branches where tenant_id = ? and id = ?",
                        (rs, row) -> OrgNode.branch(new CompanyId(rs.getLong(1)), new BranchId(rs.getLong(2))),
                        tenant.value(),
                        branch.value())
                .stream()
                .findFirst());
    }

    @Override
    public Optional<BranchId> addBranch(TenantId tenant, CompanyId company, PlaceName name) {
        return JdbcFailures.unlessTaken(() -> new BranchId(jdbc.queryForObject(
                "insert into branches (tenant_id, company_id, name) values (?, ?, ?) returning id",
                Long.class,
                tenant.value(),
                company.value(),
                name.value())));
    }

    @Override
    public Optional<UnitId> addUnit(TenantId tenant, BranchId branch, PlaceName name, UnitCode code) {
        return JdbcFailures.unlessTaken(() -> new UnitId(jdbc.queryForObject(
                "insert into units (tenant_id, branch_id, name, code) values (?, ?, ?, ?) returning id",
                Long.class,
                tenant.value(),
                branch.value(),
                name.value(),
                UnitCode.valueOf(code))));
    }

    @Override
    public UnitChange changeUnit(TenantId tenant, UnitId unit, PlaceName name, UnitCode code) {
        // one statement: what it does not set stays as it is; a name or code taken is the unique index's answer
        Optional<Integer> changed = JdbcFailures.unlessTaken(() -> jdbc.update(
                "update units set name = coalesce(?, name), code = coalesce(?, code) where tenant_id = ? and id = ?",
                name == null ? null : name.value(),
                UnitCode.valueOf(code),
                tenant.value(),
                unit.value()));
        return changed.isEmpty() ? UnitChange.TAKEN : changed.get() == 1 ? UnitChange.CHANGED : UnitChange.NO_SUCH_UNIT;
    }
}
