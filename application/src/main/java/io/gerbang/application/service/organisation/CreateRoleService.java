package io.gerbang.application.service.organisation;

import io.gerbang.application.port.in.organisation.CreateRole;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.UnknownPermissions;
import io.gerbang.application.port.out.Roles;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Role;
import java.util.Set;
import java.util.TreeSet;

public class CreateRoleService implements CreateRole {

    private final Roles roles;
    private final AccessGuard guard;

    public CreateRoleService(Roles roles, AccessGuard guard) {
        this.roles = roles;
        this.guard = guard;
    }

    @Override
    public Role create(Command command) {
        guard.scopeFor(command.caller(), Permissions.ROLES_WRITE);
        Set<Permission> unknown = new TreeSet<>(command.permissions());
        unknown.removeAll(roles.knownPermissions());
        if (command.permissions().isEmpty() || !unknown.isEmpty()) {
            throw new UnknownPermissions(unknown);
        }
        return roles.add(command.caller().tenant(), command.name(), command.description(), command.permissions())
                .orElseThrow(() -> new AlreadyExists());
    }
}
