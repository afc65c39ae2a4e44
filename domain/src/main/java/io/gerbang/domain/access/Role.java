package io.gerbang.domain.access;

import java.util.Objects;
import java.util.Set;

/** A named set of permissions, defined per tenant. */
public record Role(long id, String name, String description, Set<String> permissions) {

    public Role {
        Objects.requireNonNull(name, "name");
        permissions = Set.copyOf(permissions);
    }

    public boolean grants(String permission) {
        return permissions.contains(permission);
    }
}
