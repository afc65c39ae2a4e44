package io.gerbang.application.port.out;

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

/** The organisation tree of each tenant. */
public interface Organisation {

    Optional<OrgUnit> unit(TenantId tenant, UnitId unitId);

    /** Every unit of the tenant with the branch and company above it. */
    List<OrgUnit> units(TenantId tenant);

    /** The tenant's company of that id, if the tenant has one. */
    Optional<OrgNode> company(TenantId tenant, CompanyId company);

    /** The tenant's branch of that id, with its company, if the tenant has one. */
    Optional<OrgNode> branch(TenantId tenant, BranchId branch);

    /** Opens a branch under the tenant's company; empty if a branch of that company has the name already. */
    Optional<BranchId> addBranch(TenantId tenant, CompanyId company, PlaceName name);

    /**
     * Opens a unit under the tenant's branch, with a code or none; empty if a unit of that branch has the name
     * already, or a unit of the tenant the code.
     */
    Optional<UnitId> addUnit(TenantId tenant, BranchId branch, PlaceName name, UnitCode code);

    /**
     * Renames a unit of the tenant and/or gives it a code (null: left as it is); {@link UnitChange#TAKEN} when a
     * unit of its branch has the name or a unit of the tenant the code, and nothing is written.
     */
    UnitChange changeUnit(TenantId tenant, UnitId unit, PlaceName name, UnitCode code);

    enum UnitChange {
        CHANGED,
        NO_SUCH_UNIT,
        TAKEN
    }
}
