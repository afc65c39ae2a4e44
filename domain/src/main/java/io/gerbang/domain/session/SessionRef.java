package io.gerbang.domain.session;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * A session as an access token names it: whose it is, and which. The owner is part of the name because a
 * session lives beside its owner's other sessions (one user's sessions change together: "end all but this").
 */
public record SessionRef(TenantId tenant, UserId user, SessionId id) {

    public SessionRef {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(id, "id");
    }
}
