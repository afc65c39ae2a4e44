package io.gerbang.domain.tenant;

import java.util.Objects;

/** A tenant just opened: where its company-level roles are given, and the role for its first administrator. */
public record OpenedTenant(TenantId id, String name, TenantType type, long companyId, long administratorRoleId) {

    public OpenedTenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
