package io.gerbang.application.service.organisation;

import io.gerbang.application.model.Caller;
import io.gerbang.application.port.in.organisation.ListRoles;
import io.gerbang.application.port.out.Roles;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Role;
import java.util.List;

public class ListRolesService implements ListRoles {

    private final Roles roles;
    private final AccessGuard guard;

    public ListRolesService(Roles roles, AccessGuard guard) {
        this.roles = roles;
        this.guard = guard;
    }

    @Override
    public List<Role> list(Caller caller) {
        guard.scopeFor(caller, Permissions.ROLES_READ);
        return roles.of(caller.tenant());
    }
}
