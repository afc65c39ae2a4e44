package io.gerbang.domain.user;

import io.gerbang.domain.tenant.TenantId;
import java.util.Objects;

/** A user about to be registered; the store gives them their id. */
public record NewUser(TenantId tenant, UserIdentity identity, Email email, String name, PasswordHash passwordHash,
                      Long unitId, boolean active) {

    public NewUser {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(email, "email");
        name = User.checkedName(name);
        Objects.requireNonNull(passwordHash, "passwordHash");
    }
}
