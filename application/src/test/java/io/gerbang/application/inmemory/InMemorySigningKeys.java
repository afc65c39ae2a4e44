package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.SigningKeys;
import io.gerbang.domain.signing.EcPoint;
import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The tenants' signing keys in a list, as the store keeps them: one key per tenant and generation. */
public final class InMemorySigningKeys implements SigningKeys {

    private final List<SigningKey> keys = new ArrayList<>();
    private Instant since;
    private int made;

    @Override
    public synchronized List<SigningKey> of(TenantId tenant) {
        return keys.stream().filter(key -> key.tenant().equals(tenant)).toList();
    }

    @Override
    public List<SigningKey> reread(TenantId tenant) {
        return of(tenant);
    }

    @Override
    public synchronized Optional<SigningKey> make(
            TenantId tenant, int generation, Instant createdAt, Instant signsFrom) {
        if (keys.stream().anyMatch(key -> key.tenant().equals(tenant) && key.generation() == generation)) {
            return Optional.empty();
        }
        made++;
        SigningKey key = new SigningKey(
                new KeyId("key-" + tenant.value() + "-" + generation + "-" + made),
                tenant,
                generation,
                createdAt,
                signsFrom,
                null,
                new EcPoint("x" + made, "y" + made));
        keys.add(key);
        since = since == null ? createdAt : since;
        return Optional.of(key);
    }

    @Override
    public synchronized void revoke(TenantId tenant, KeyId key, Instant at) {
        keys.replaceAll(known -> known.id().equals(key) && known.tenant().equals(tenant) ? known.revoked(at) : known);
    }

    @Override
    public synchronized void remove(TenantId tenant, List<KeyId> removed) {
        keys.removeIf(key -> key.tenant().equals(tenant) && removed.contains(key.id()));
    }

    @Override
    public synchronized Optional<Instant> tenantKeysSince() {
        return Optional.ofNullable(since);
    }
}
