package io.gerbang.domain.access;

/** A role of a tenant, as its stores and the API name it. */
public record RoleId(long value) {

    public RoleId {
        if (value <= 0) {
            throw new IllegalArgumentException("a role id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
