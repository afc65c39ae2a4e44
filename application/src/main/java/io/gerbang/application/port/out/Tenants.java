package io.gerbang.application.port.out;

import io.gerbang.domain.access.Permission;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import java.util.Optional;
import java.util.Set;

public interface Tenants {

    Optional<Tenant> byId(TenantId id);

    /**
     * Writes a new tenant, its company and its administrator role holding {@code permissions}, in one
     * transaction; empty, with nothing written, if a tenant of that name (in any case) exists.
     */
    Optional<OpenedTenant> open(NewTenant tenant, Set<Permission> permissions);
}
