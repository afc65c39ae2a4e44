package io.gerbang.application.port.in.token;

import io.gerbang.domain.signing.SigningKey;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;

/** The public keys a verifier of a tenant's tokens should hold now (its JWKS), for a tenant that is open. */
public interface ShowSigningKeys {

    /** The next, current and still-trusted retired keys; {@code UnknownTenant} for a tenant missing or closed. */
    List<SigningKey> publishedKeys(TenantId tenant);
}
