package io.gerbang.adapters.persistence.cache;

import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The tenants' signing keys kept in memory: every token signed or checked asks for its tenant's keys. A key made,
 * revoked or removed is announced ({@code announce}: to every node, this one at once) and each node evicts that
 * tenant ({@link #evict}, {@link #evictAll}); entries live at most {@code timeToLive} as a last safety net. A planned
 * rotation needs no announcement to take effect: a key's state follows from its times.
 */
public class CachedSigningKeys implements SigningKeys {

    private final SigningKeys source;
    private final NodeCopy<TenantId, List<SigningKey>> cache;
    private final Consumer<TenantId> announce;
    /** Written once and never changed: kept for good once read; while there is none, asked for again each second. */
    private volatile Instant since;

    private volatile long sinceAskedAt;

    public CachedSigningKeys(SigningKeys source, Duration timeToLive, Consumer<TenantId> announce) {
        this.source = source;
        this.announce = announce;
        this.cache = new NodeCopy<>(
                NodeCaches.bounded(100_000).expireAfterWrite(timeToLive).build());
    }

    public void evict(TenantId tenant) {
        cache.evict(tenant);
    }

    public void evictAll() {
        cache.evictAll();
    }

    @Override
    public List<SigningKey> of(TenantId tenant) {
        return cache.get(tenant, source::of);
    }

    @Override
    public List<SigningKey> reread(TenantId tenant) {
        return cache.reread(tenant, source::reread);
    }

    @Override
    public Optional<SigningKey> make(TenantId tenant, int generation, Instant createdAt, Instant signsFrom) {
        try {
            return source.make(tenant, generation, createdAt, signsFrom);
        } finally {
            // made here, or another node made it first: either way this tenant's keys are read again everywhere
            announce.accept(tenant);
        }
    }

    @Override
    public void revoke(TenantId tenant, KeyId key, Instant at) {
        try {
            source.revoke(tenant, key, at);
        } finally {
            announce.accept(tenant);
        }
    }

    @Override
    public void remove(TenantId tenant, List<KeyId> keys) {
        try {
            source.remove(tenant, keys);
        } finally {
            announce.accept(tenant);
        }
    }

    @Override
    public Optional<Instant> tenantKeysSince() {
        Instant known = since;
        if (known != null) {
            return Optional.of(known);
        }
        long now = System.nanoTime();
        if (sinceAskedAt != 0 && now - sinceAskedAt < 1_000_000_000L) {
            return Optional.empty();
        }
        Optional<Instant> read = source.tenantKeysSince();
        sinceAskedAt = now;
        read.ifPresent(instant -> since = instant);
        return read;
    }
}
