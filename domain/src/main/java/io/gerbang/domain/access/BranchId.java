package io.gerbang.domain.access;

/** A branch of a company: the units under it are what a branch-level role reaches. */
public record BranchId(long value) implements Comparable<BranchId> {

    public BranchId {
        if (value <= 0) {
            throw new IllegalArgumentException("a branch id is positive");
        }
    }

    /** A stored or carried branch id that may be absent. */
    public static BranchId ofNullable(Long value) {
        return value == null ? null : new BranchId(value);
    }

    /** The raw id of a branch that may be absent, for a store or an answer to write. */
    public static Long valueOf(BranchId branch) {
        return branch == null ? null : branch.value;
    }

    @Override
    public int compareTo(BranchId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
