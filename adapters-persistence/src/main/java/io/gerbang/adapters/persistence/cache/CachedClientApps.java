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
import java.util.function.Consumer;

/**
 * Client apps kept in memory in front of the database, as profiles are: every request through a client path and
 * every check of one of its tokens asks for its client. A change is announced ({@code announce}: to every node,
 * this one at once), and each node evicts what it heard of ({@link #evict}, {@link #evictAll}); entries live at
 * most {@code timeToLive} as a last safety net. A client that does not exist is not kept.
 */
public class CachedClientApps implements ClientApps {

    private final ClientApps source;
    private final Cache<ClientId, ClientApp> cache;
    private final Consumer<ClientId> announce;

    public CachedClientApps(ClientApps source, Duration timeToLive, Consumer<ClientId> announce) {
        this.source = source;
        this.announce = announce;
        this.cache = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(timeToLive).build();
    }

    public void evict(ClientId client) {
        cache.invalidate(client);
    }

    public void evictAll() {
        cache.invalidateAll();
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
        try {
            return source.create(client, secrets);
        } finally {
            // a client id another node found missing a moment ago
            announce.accept(client.id());
        }
    }

    @Override
    public boolean update(ClientApp client) {
        try {
            return source.update(client);
        } finally {
            announce.accept(client.id());
        }
    }

    @Override
    public void renewSecrets(ClientId id, Secrets secrets) {
        try {
            source.renewSecrets(id, secrets);
        } finally {
            announce.accept(id);
        }
    }

    @Override
    public boolean delete(TenantId tenant, ClientId id) {
        try {
            return source.delete(tenant, id);
        } finally {
            announce.accept(id);
        }
    }
}
