package io.gerbang.domain.access;

import java.util.Objects;

/** A unit (department, study programme) with the branch and company above it. */
public record OrgUnit(UnitId id, BranchId branchId, CompanyId companyId) {

    public OrgUnit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(branchId, "branchId");
        Objects.requireNonNull(companyId, "companyId");
    }
}
