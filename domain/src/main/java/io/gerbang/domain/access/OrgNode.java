package io.gerbang.domain.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One node of a tenant's organisation tree: a company, a branch of it, or a unit of that branch. What a node
 * contains is the tree's coverage rule: a company contains its branches and units, a branch its units.
 */
public record OrgNode(AssignmentLevel level, long companyId, Long branchId, UnitId unitId) {

    public OrgNode {
        Objects.requireNonNull(level, "level");
        if (level != AssignmentLevel.COMPANY && branchId == null) {
            throw new IllegalArgumentException("a branch or unit node names its branch");
        }
        if (level == AssignmentLevel.UNIT && unitId == null) {
            throw new IllegalArgumentException("a unit node names its unit");
        }
        if (level == AssignmentLevel.COMPANY) {
            branchId = null;
        }
        if (level != AssignmentLevel.UNIT) {
            unitId = null;
        }
    }

    public static OrgNode company(long companyId) {
        return new OrgNode(AssignmentLevel.COMPANY, companyId, null, null);
    }

    public static OrgNode branch(long companyId, long branchId) {
        return new OrgNode(AssignmentLevel.BRANCH, companyId, branchId, null);
    }

    public static OrgNode unit(OrgUnit unit) {
        return new OrgNode(AssignmentLevel.UNIT, unit.companyId(), unit.branchId(), unit.id());
    }

    public boolean contains(OrgUnit unit) {
        return switch (level) {
            case COMPANY -> unit.companyId() == companyId;
            case BRANCH -> unit.branchId() == branchId;
            case UNIT -> unit.id().equals(unitId);
        };
    }

    /** The units of the tenant that lie under this node. */
    public List<OrgUnit> unitsAmong(Collection<OrgUnit> tenantUnits) {
        return tenantUnits.stream().filter(this::contains).toList();
    }
}
