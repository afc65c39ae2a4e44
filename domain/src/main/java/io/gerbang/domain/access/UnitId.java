package io.gerbang.domain.access;

/** A unit of a tenant's organisation (a department, a study programme): where people, tasks and grants live. */
public record UnitId(long value) implements Comparable<UnitId> {

    public UnitId {
        if (value <= 0) {
            throw new IllegalArgumentException("a unit id is positive");
        }
    }

    /** A stored or carried unit id that may be absent (a tenant-wide user has no home unit). */
    public static UnitId ofNullable(Long value) {
        return value == null ? null : new UnitId(value);
    }

    /** The raw id of a unit that may be absent, for a store or a token to write. */
    public static Long valueOf(UnitId unit) {
        return unit == null ? null : unit.value;
    }

    @Override
    public int compareTo(UnitId other) {
        return Long.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
