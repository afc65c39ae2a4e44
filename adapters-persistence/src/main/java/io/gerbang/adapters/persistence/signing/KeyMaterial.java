package io.gerbang.adapters.persistence.signing;

import io.gerbang.domain.signing.KeyId;
import io.gerbang.domain.tenant.TenantId;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;

/** The key pairs behind the tenants' signing keys: what signs and verifies, opened. */
public interface KeyMaterial {

    /** The private key of {@code key}, opened; empty when no such key is stored. */
    Optional<ECPrivateKey> privateKey(KeyId key);

    /** The public key of {@code key} with the tenant it belongs to; empty when no such key is stored. */
    Optional<TenantKey> publicKey(KeyId key);

    record TenantKey(TenantId tenant, ECPublicKey key) {}
}
