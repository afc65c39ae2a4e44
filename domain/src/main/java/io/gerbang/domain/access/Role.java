package io.gerbang.domain.access;

import io.gerbang.domain.shared.Text;
import java.util.Objects;
import java.util.Set;

/** A named set of permissions, defined per tenant. */
public record Role(RoleId id, String name, String description, Set<Permission> permissions) {

    public Role {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(permissions);
    }

    public static final int MAX_NAME_LENGTH = 100;

    /** A role name: 1 to 100 printable characters, trimmed. */
    public static String checkedName(String name) {
        return Text.checkedLine(name, MAX_NAME_LENGTH, "a role name");
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
