package io.gerbang.domain.access;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a tenant's organisation tree: a company, a branch of it, or a unit of that branch. What a node
 * contains is the tree's coverage rule: a company contains its branches and units, a branch its units.
 */
public record OrgNode(AssignmentLevel level, CompanyId companyId, BranchId branchId, UnitId unitId) {

    public OrgNode {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(companyId, "companyId");
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

    public static OrgNode company(CompanyId company) {
        return new OrgNode(AssignmentLevel.COMPANY, company, null, null);
    }

    public static OrgNode branch(CompanyId company, BranchId branch) {
        return new OrgNode(AssignmentLevel.BRANCH, company, branch, null);
    }

    public static OrgNode unit(OrgUnit unit) {
        return new OrgNode(AssignmentLevel.UNIT, unit.companyId(), unit.branchId(), unit.id());
    }

    public boolean contains(OrgUnit unit) {
        return switch (level) {
            case COMPANY -> unit.companyId().equals(companyId);
            case BRANCH -> unit.branchId().equals(branchId);
            case UNIT -> unit.id().equals(unitId);
        };
    }

    /** The units of the tenant that lie under this node. */
    public List<OrgUnit> unitsAmong(Collection<OrgUnit> tenantUnits) {
        return tenantUnits.stream().filter(this::contains).toList();
    }

    /**
     * Where ids said to name this node and the nodes above it name another: the highest level whose given id
     * is not this node's. An id not given agrees; an id of a level below this node never does (it has none).
     */
    public Optional<AssignmentLevel> disagreementWith(CompanyId company, BranchId branch, UnitId unit) {
        if (company != null && !company.equals(companyId)) {
            return Optional.of(AssignmentLevel.COMPANY);
        }
        if (branch != null && !branch.equals(branchId)) {
            return Optional.of(AssignmentLevel.BRANCH);
        }
        if (unit != null && !unit.equals(unitId)) {
            return Optional.of(AssignmentLevel.UNIT);
        }
        return Optional.empty();
    }
}
