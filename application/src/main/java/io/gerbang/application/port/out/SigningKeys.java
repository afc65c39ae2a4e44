package io.gerbang.application.port.out;

import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The tenants' ES256 signing keys, shared by every node. The store makes each key pair and seals its private part;
 * only the public part and the times leave it (see {@link SigningKey}).
 */
public interface SigningKeys {

    /** Every key of the tenant the store still holds, whatever its state (possibly from a copy in memory). */
    List<SigningKey> of(TenantId tenant);

    /** The same, read from the store itself: a key made by another node a moment ago is there. */
    List<SigningKey> reread(TenantId tenant);

    /**
     * Makes a new P-256 key of the tenant, generation {@code generation}, published from {@code createdAt} and signing
     * from {@code signsFrom}; empty, nothing written, if another node made that generation first.
     */
    Optional<SigningKey> make(TenantId tenant, int generation, Instant createdAt, Instant signsFrom);

    /** Stops trusting a key from {@code at} on. */
    void revoke(TenantId tenant, KeyId key, Instant at);

    /** Deletes keys that neither sign nor verify any more. */
    void remove(TenantId tenant, List<KeyId> keys);

    /** When this database's first tenant key was made: tokens signed the old way stop being believed after it. */
    Optional<Instant> tenantKeysSince();
}
