package io.gerbang.domain.access;

import java.util.Objects;
import java.util.Set;

/** A named set of permissions, defined per tenant. */
public record Role(long id, String name, String description, Set<Permission> permissions) {

    public Role {
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(permissions);
    }

    /** A role name: 1 to 100 printable characters, trimmed. */
    public static String checkedName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 100
                || io.gerbang.domain.shared.Text.hasUnprintable(name)) {
            throw new IllegalArgumentException("role name must be 1 to 100 printable characters");
        }
        return name.strip();
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }
}
