package io.gerbang.domain.tenant;

import java.util.Objects;

/** An organisation that owns users, roles and tasks. Nothing crosses from one tenant to another. */
public record Tenant(TenantId id, String name, TenantType type, boolean active) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** Only an active tenant lets its users sign in or refresh. */
    public boolean admitsSignIns() {
        return active;
    }
}
