package io.gerbang.domain.access;

/** A unit (department, study programme) with the branch and company above it. */
public record OrgUnit(UnitId id, long branchId, long companyId) {
}
