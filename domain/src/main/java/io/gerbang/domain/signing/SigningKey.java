package io.gerbang.domain.signing;

import io.gerbang.domain.tenant.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * One of a tenant's ES256 (P-256) signing keys, as far as the rules need it: its place in the tenant's sequence,
 * when it was made (and published), from when it signs, and when it was revoked, if it was. Its private part
 * never leaves the store that seals it.
 *
 * @param generation 1 for a tenant's first key, one more for each key after it
 * @param revokedAt  null while the key is trusted
 */
public record SigningKey(
        KeyId id,
        TenantId tenant,
        int generation,
        Instant createdAt,
        Instant signsFrom,
        Instant revokedAt,
        EcPoint publicPart) {

    public SigningKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(signsFrom, "signsFrom");
        Objects.requireNonNull(publicPart, "publicPart");
        if (generation < 1) {
            throw new IllegalArgumentException("generations count from 1");
        }
        if (signsFrom.isBefore(createdAt)) {
            throw new IllegalArgumentException("a key cannot sign before it exists");
        }
    }

    public boolean revokedBy(Instant now) {
        return revokedAt != null && !revokedAt.isAfter(now);
    }

    public SigningKey revoked(Instant at) {
        return revokedAt != null ? this : new SigningKey(id, tenant, generation, createdAt, signsFrom, at, publicPart);
    }
}
