package io.gerbang.adapters.persistence.cache;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.domain.client.ClientApp;
import io.gerbang.domain.client.ClientId;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Client apps kept in memory for a moment in front of the database, as {@link CachedTenants} keeps tenants:
 * every request through a client path and every check of its tokens asks for its client. A change on one node
 * evicts it there at once and reaches every other node within {@code timeToLive}; a client that does not exist
 * is not kept.
 */
public class CachedClientApps implements ClientApps {

    private final ClientApps source;
    private final Cache<ClientId, ClientApp> cache;

    public CachedClientApps(ClientApps source, Duration timeToLive) {
        this.source = source;
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(timeToLive).build();
    }

    @Override
    public Optional<ClientApp> byId(ClientId id) {
        return Optional.ofNullable(cache.get(id, key -> source.byId(key).orElse(null)));
    }

    @Override
    public List<ClientApp> of(TenantId tenant) {
        return source.of(tenant);
    }

    @Override
    public boolean create(ClientApp client, Secrets secrets) {
        cache.invalidate(client.id());
        return source.create(client, secrets);
    }

    @Override
    public boolean update(ClientApp client) {
        try {
            return source.update(client);
        } finally {
            cache.invalidate(client.id());
        }
    }

    @Override
    public void renewSecrets(ClientId id, Secrets secrets) {
        source.renewSecrets(id, secrets);
    }

    @Override
    public boolean delete(TenantId tenant, ClientId id) {
        try {
            return source.delete(tenant, id);
        } finally {
            cache.invalidate(id);
        }
    }
}
