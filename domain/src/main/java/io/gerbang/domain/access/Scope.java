package io.gerbang.domain.access;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What part of a tenant a user reaches: the whole tenant (a company-level assignment) or a set of units.
 * A user's scope for a permission is the union of what the assignments granting it cover.
 */
public record Scope(boolean tenantWide, Set<UnitId> units) {

    public Scope {
        units = tenantWide ? Set.of() : Set.copyOf(units);
    }

    public static Scope none() {
        return new Scope(false, Set.of());
    }

    /** Scope over every assignment, whatever it grants: what the access token carries. */
    public static Scope of(Collection<RoleAssignment> assignments, Collection<OrgUnit> tenantUnits) {
        return covering(assignments, tenantUnits, assignment -> true);
    }

    /** Scope for one permission. */
    public static Scope forPermission(
            Permission permission, Collection<RoleAssignment> assignments, Collection<OrgUnit> tenantUnits) {
        return covering(assignments, tenantUnits, assignment -> assignment.grants(permission));
    }

    private static Scope covering(
            Collection<RoleAssignment> assignments, Collection<OrgUnit> tenantUnits, Predicate<RoleAssignment> counts) {
        Set<UnitId> covered = new TreeSet<>();
        for (RoleAssignment assignment : assignments) {
            if (!counts.test(assignment)) {
                continue;
            }
            if (assignment.level() == AssignmentLevel.COMPANY) {
                return new Scope(true, Set.of());
            }
            for (OrgUnit unit : tenantUnits) {
                if (assignment.covers(unit)) {
                    covered.add(unit.id());
                }
            }
        }
        return new Scope(false, covered);
    }

    /** The part of this scope that is one unit: that unit if this scope reaches it, else nothing. */
    public Scope narrowedTo(UnitId unitId) {
        return reaches(unitId) ? new Scope(false, Set.of(unitId)) : none();
    }

    public boolean reaches(UnitId unitId) {
        return tenantWide || (unitId != null && units.contains(unitId));
    }

    /**
     * Whether this scope reaches everything under a node: a company node needs the whole tenant (it covers
     * people with no home unit as well); a branch or unit node needs each of its units, and at least one.
     */
    public boolean reachesAll(OrgNode node, Collection<OrgUnit> tenantUnits) {
        if (tenantWide) {
            return true;
        }
        if (node.level() == AssignmentLevel.COMPANY) {
            return false;
        }
        var under = node.unitsAmong(tenantUnits);
        return !under.isEmpty() && under.stream().allMatch(unit -> units.contains(unit.id()));
    }
}
