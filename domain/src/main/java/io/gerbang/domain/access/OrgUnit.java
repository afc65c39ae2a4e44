package io.gerbang.domain.access;

import java.util.Objects;

/** A unit (department, study programme) with the branch and company above it, and its code if it has one. */
public record OrgUnit(UnitId id, BranchId branchId, CompanyId companyId, UnitCode code) {

    public OrgUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(companyId, "companyId");
    }

    /** A unit without a code. */
    public OrgUnit(UnitId id, BranchId branchId, CompanyId companyId) {
        this(id, branchId, companyId, null);
    }
}
