package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import java.util.Objects;
import java.util.Set;

/** Defines a role of the caller's tenant from known permissions (roles.write). */
public interface CreateRole {

    Role create(Command command);

    record Command(Principal caller, String name, String description, Set<Permission> permissions) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            name = Role.checkedName(name);
            description = description == null ? "" : description.strip();
            permissions = Set.copyOf(permissions);
        }
    }
}
