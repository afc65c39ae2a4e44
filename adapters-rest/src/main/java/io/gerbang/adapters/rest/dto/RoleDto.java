package io.gerbang.adapters.rest.dto;

import io.gerbang.domain.access.Permission;
import io.gerbang.domain.access.Role;
import java.util.List;

public record RoleDto(long id, String name, String description, List<String> permissions) {

    public static RoleDto of(Role role) {
        return new RoleDto(
                role.id().value(),
                role.name(),
                role.description(),
                role.permissions().stream().sorted().map(Permission::name).toList());
    }
}
