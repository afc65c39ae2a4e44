package io.gerbang.application.port.out;

import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.tenant.TenantId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

public interface Roles {

    List<Role> of(TenantId tenant);

    Optional<Role> byId(TenantId tenant, RoleId role);

    /** Defines a role with its permissions in one transaction; empty if the tenant has one of that name. */
    Optional<Role> add(TenantId tenant, String name, String description, Set<Permission> permissions);

    /** Every permission name the service and its clients agree on. */
    Set<Permission> knownPermissions();
}
