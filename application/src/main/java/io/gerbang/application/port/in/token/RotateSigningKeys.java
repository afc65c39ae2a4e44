package io.gerbang.application.port.in.token;

import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;

/**
 * Starts a rotation of a tenant's signing key at once ({@code admin rotate-keys}): the next key is published now and
 * signs once every verifier can hold it; with {@code revokeCurrent} (a leaked key) the current key is trusted no more
 * and the new one signs at once.
 */
public interface RotateSigningKeys {

    /** The key that will sign next (the one already published, if a rotation is under way). */
    SigningKey rotate(TenantId tenant, boolean revokeCurrent);
}
