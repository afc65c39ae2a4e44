package io.gerbang.domain.access;

import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * A role given to a user at one node of the organisation tree: a company covers its branches and units,
 * a branch its units, a unit itself.
 */
public final class RoleAssignment {

    private final AssignmentId id;
    private final UserId user;
    private final Role role;
    private final AssignmentLevel level;
    private final CompanyId companyId;
    private final BranchId branchId;
    private final UnitId unitId;

    private RoleAssignment(
            AssignmentId id,
            UserId user,
            Role role,
            AssignmentLevel level,
            CompanyId companyId,
            BranchId branchId,
            UnitId unitId) {
        this.id = Objects.requireNonNull(id, "id");
        this.user = Objects.requireNonNull(user, "user");
        this.role = Objects.requireNonNull(role, "role");
        this.level = Objects.requireNonNull(level, "level");
        this.companyId = Objects.requireNonNull(companyId, "companyId");
        this.branchId = branchId;
        this.unitId = unitId;
        if (level != AssignmentLevel.COMPANY && branchId == null) {
            throw new IllegalArgumentException("a branch or unit assignment names its branch");
        }
        if (level == AssignmentLevel.UNIT && unitId == null) {
            throw new IllegalArgumentException("a unit assignment names its unit");
        }
    }

    public static RoleAssignment reconstitute(
            AssignmentId id,
            UserId user,
            Role role,
            AssignmentLevel level,
            CompanyId companyId,
            BranchId branchId,
            UnitId unitId) {
        return new RoleAssignment(id, user, role, level, companyId, branchId, unitId);
    }

    /** The coverage rule of the organisation tree, applied at the node this assignment is made at. */
    public boolean covers(OrgUnit unit) {
        return node().contains(unit);
    }

    public OrgNode node() {
        return new OrgNode(level, companyId, branchId, unitId);
    }

    /** Whether this assignment lets its holder administer the whole tenant (give anyone any role). */
    public boolean administersTenant() {
        return level == AssignmentLevel.COMPANY && role.grants(Permissions.ROLES_ASSIGN);
    }

    public boolean grants(Permission permission) {
        return role.grants(permission);
    }

    public AssignmentId id() {
        return id;
    }

    public UserId user() {
        return user;
    }

    public Role role() {
        return role;
    }

    public AssignmentLevel level() {
        return level;
    }

    public CompanyId companyId() {
        return companyId;
    }

    public BranchId branchId() {
        return branchId;
    }

    public UnitId unitId() {
        return unitId;
    }
}
