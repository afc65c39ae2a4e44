package io.gerbang.domain.access;

/** One {@link RoleAssignment}: a role given to a person at one node, which can be taken back by this id. */
public record AssignmentId(long value) {

    public AssignmentId {
        if (value <= 0) {
            throw new IllegalArgumentException("an assignment id is positive");
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
