package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.error.FieldErrors;
import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.organisation.CreateRole;
import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** POST /roles. */
public record RoleCreateRequest(String name, String description, List<String> permissions) {

    public static final int MAX_DESCRIPTION = 500;

    /** Permission names as given, each well-formed; whether each is one Gerbang knows is the use case's business. */
    public CreateRole.Command command(Principal caller) {
        RequestFields inputs = new RequestFields();
        String roleName = inputs.ruled("name", name, Role::checkedName);
        String about = inputs.atMost("description", description, MAX_DESCRIPTION);
        Set<Permission> granted = new HashSet<>();
        if (permissions == null || permissions.isEmpty()) {
            inputs.problem("permissions", FieldErrors.REQUIRED);
        } else {
            for (String permission : permissions) {
                if (permission == null) {
                    inputs.problem("permissions", FieldErrors.INVALID);
                    continue;
                }
                Permission read = inputs.ruled("permissions", permission, Permission::new);
                if (read != null) {
                    granted.add(read);
                }
            }
        }
        inputs.check();
        return new CreateRole.Command(caller, roleName, about, granted);
    }
}
