package io.gerbang.domain.access;

import java.util.List;

/** The organisation tree the access tests share: company 1; branch 1 with units 1 and 2; branch 2 with unit 3. */
final class OrgTree {

    static final CompanyId COMPANY = new CompanyId(1);
    static final List<OrgUnit> UNITS = List.of(unit(1, 1), unit(2, 1), unit(3, 2));

    private OrgTree() {}

    static OrgUnit unit(long unit, long branch) {
        return new OrgUnit(new UnitId(unit), new BranchId(branch), COMPANY);
    }

    static OrgNode company(long company) {
        return OrgNode.company(new CompanyId(company));
    }

    static OrgNode branch(long company, long branch) {
        return OrgNode.branch(new CompanyId(company), new BranchId(branch));
    }
}
