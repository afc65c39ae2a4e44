package io.gerbang.application.port.out;

import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import java.util.Optional;

public interface Tenants {

    Optional<Tenant> byId(TenantId id);
}
