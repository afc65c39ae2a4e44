package io.gerbang.application.port.out;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;

/** The organisation tree of each tenant. */
public interface Organisation {

    Optional<OrgUnit> unit(TenantId tenant, UnitId unitId);

    /** Every unit of the tenant with the branch and company above it. */
    List<OrgUnit> units(TenantId tenant);

    /** The tenant's company, branch or unit of that id at that level, if the tenant has one. */
    Optional<OrgNode> node(TenantId tenant, AssignmentLevel level, long id);
}
