package io.gerbang.domain.user;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import java.util.Objects;

/** A user about to be registered; the store gives them their id. */
public record NewUser(
        TenantId tenant,
        UserIdentity identity,
        Email email,
        DisplayName name,
        PasswordHash passwordHash,
        UnitId unitId,
        boolean active) {

    public NewUser {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
