package io.gerbang.application.port.out;

import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.tenant.TenantId;
import java.util.Optional;

/** The organisation tree of each tenant. */
public interface Organisation {

    Optional<OrgUnit> unit(TenantId tenant, long unitId);
}
