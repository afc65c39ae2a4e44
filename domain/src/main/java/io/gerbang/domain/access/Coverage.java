package io.gerbang.domain.access;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The nodes a person's assignments cover, named as they were assigned: the whole tenant, or branches and units.
 * A branch is named as a branch, never spelled out as its units, so what names a person's reach grows with
 * what they were given, not with the size of the organisation (a plain role at a branch of 1,500 units is one
 * id, not 1,500). A unit that lies in a named branch is not named again.
 */
public record Coverage(boolean tenant, SortedSet<BranchId> branches, SortedSet<UnitId> units) {

    public Coverage {
        branches = Collections.unmodifiableSortedSet(new TreeSet<>(branches));
        units = Collections.unmodifiableSortedSet(new TreeSet<>(units));
        if (tenant && !(branches.isEmpty() && units.isEmpty())) {
            throw new IllegalArgumentException("the whole tenant names no branch or unit besides");
        }
    }

    public static Coverage wholeTenant() {
        return new Coverage(true, new TreeSet<>(), new TreeSet<>());
    }

    public static Coverage of(Collection<RoleAssignment> assignments) {
        if (assignments.stream().anyMatch(assignment -> assignment.level() == AssignmentLevel.COMPANY)) {
            return wholeTenant();
        }
        SortedSet<BranchId> branches = new TreeSet<>();
        assignments.stream()
                .filter(assignment -> assignment.level() == AssignmentLevel.BRANCH)
                .forEach(assignment -> branches.add(assignment.branchId()));
        SortedSet<UnitId> units = new TreeSet<>();
        assignments.stream()
                .filter(assignment -> assignment.level() == AssignmentLevel.UNIT)
                .filter(assignment -> !branches.contains(assignment.branchId()))
                .forEach(assignment -> units.add(assignment.unitId()));
        return new Coverage(false, branches, units);
    }
}
