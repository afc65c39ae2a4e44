package io.gerbang.domain.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The name of something a role lets its holders do ({@code tasks.read}): 1 to 100 characters, not blank. The
 * service checks the ones {@link Permissions} names; roles may hold others for clients to use.
 */
public record Permission(String name) implements Comparable<Permission> {

    public static final int MAX_LENGTH = 100;

    public Permission {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a permission name is 1 to 100 characters, not blank");
        }
    }

    /** The permissions of these names, as a store or a token holds them. */
    public static Set<Permission> setOf(Collection<String> names) {
        return names.stream().map(Permission::new).collect(Collectors.toUnmodifiableSet());
    }

    public static Set<Permission> setOf(String... names) {
        return setOf(Arrays.asList(names));
    }

    @Override
    public int compareTo(Permission other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
