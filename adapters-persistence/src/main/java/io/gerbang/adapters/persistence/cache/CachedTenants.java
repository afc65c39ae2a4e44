package io.gerbang.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import io.gerbang.application.port.out.Tenants;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.tenant.NewTenant;
import io.gerbang.domain.tenant.OpenedTenant;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * Tenants kept in memory for a moment in front of the database. Every sign-in step and refresh asks whether
 * its tenant is still open (domain {@code SessionEligibility}); reading the row each time cost a refresh a
 * quarter of its CPU (bench/README.md), so a node keeps what it read for {@code timeToLive} (a second): a
 * tenant closed in the database is refused by every node within it. A tenant that does not exist is not kept.
 */
public class CachedTenants implements Tenants {

    private final Tenants source;
    private final Cache<TenantId, Tenant> cache;

    public CachedTenants(Tenants source, Duration timeToLive) {
        this.source = source;
        this.cache = NodeCaches.bounded(10_000).expireAfterWrite(timeToLive).build();
    }

    @Override
    public Optional<Tenant> byId(TenantId id) {
        // a tenant that does not exist maps to null, which Caffeine does not keep
        return Optional.ofNullable(cache.get(id, key -> source.byId(key).orElse(null)));
    }

    @Override
    public Optional<OpenedTenant> open(NewTenant tenant, Set<Permission> permissions) {
        return source.open(tenant, permissions);
    }
}
