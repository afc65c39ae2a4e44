package io.gerbang.application.service;

import io.gerbang.application.port.in.CreateRole;
import io.gerbang.application.port.in.Refusal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.Roles;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Role;

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
        if (command.permissions().isEmpty() || !roles.knownPermissions().containsAll(command.permissions())) {
            throw new Refused(Refusal.VALIDATION_FAILED, "permissions");
        }
        return roles.add(command.caller().tenant(), command.name(), command.description(), command.permissions())
                .orElseThrow(() -> new Refused(Refusal.CONFLICT));
    }
}
