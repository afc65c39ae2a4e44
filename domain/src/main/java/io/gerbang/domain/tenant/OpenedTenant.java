package io.gerbang.domain.tenant;

import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.RoleId;
import java.util.Objects;

/** A tenant just opened: where its company-level roles are given, and the role for its first administrator. */
public record OpenedTenant(TenantId id, String name, TenantType type, CompanyId companyId, RoleId administratorRoleId) {

    public OpenedTenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
