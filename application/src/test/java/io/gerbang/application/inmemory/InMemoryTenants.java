package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Tenants in a map; a new one gets the next id, and its company and administrator role the same number. */
public final class InMemoryTenants implements Tenants {

    private final Map<TenantId, Tenant> tenants = new ConcurrentHashMap<>();

    public InMemoryTenants with(Tenant tenant) {
        tenants.put(tenant.id(), tenant);
        return this;
    }

    @Override
    public Optional<Tenant> byId(TenantId id) {
        return Optional.ofNullable(tenants.get(id));
    }

    @Override
    public synchronized Optional<OpenedTenant> open(NewTenant tenant, Set<Permission> permissions) {
        if (tenants.values().stream().anyMatch(known -> known.name().equalsIgnoreCase(tenant.name()))) {
            return Optional.empty();
        }
        long id = tenants.keySet().stream().mapToLong(TenantId::value).max().orElse(0) + 1;
        with(new Tenant(new TenantId(id), tenant.name(), tenant.type(), true));
        return Optional.of(
                new OpenedTenant(new TenantId(id), tenant.name(), tenant.type(), new CompanyId(id), new RoleId(id)));
    }
}
