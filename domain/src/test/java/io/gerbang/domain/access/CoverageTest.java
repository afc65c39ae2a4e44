package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.user.UserId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private static final Role USER = new Role(new RoleId(4), "USER", "", Permission.setOf("tasks.read"));

    private static RoleAssignment at(OrgNode node) {
        return RoleAssignment.reconstitute(
                new AssignmentId(9),
                new UserId(1),
                USER,
                node.level(),
                node.companyId(),
                node.branchId(),
                node.unitId());
    }

    @Test
    void aCompanyAssignmentCoversTheWholeTenant() {
        assertThat(Coverage.of(List.of(at(OrgTree.company(1)), at(OrgNode.unit(OrgTree.UNITS.get(0))))))
                .isEqualTo(Coverage.wholeTenant());
    }

    @Test
    void branchesAreNamedAsBranchesAndTheirUnitsAreNotRepeated() {
        Coverage coverage = Coverage.of(List.of(
                at(OrgTree.branch(1, 1)),
                at(OrgNode.unit(OrgTree.UNITS.get(0))),
                at(OrgNode.unit(OrgTree.UNITS.get(2)))));

        assertThat(coverage.tenant()).isFalse();
        assertThat(coverage.branches()).containsExactly(new BranchId(1));
        assertThat(coverage.units()).as("unit 1 lies in branch 1").containsExactly(new UnitId(3));
    }

    @Test
    void aBranchOfThousandsOfUnitsIsStillOneId() {
        List<OrgUnit> many = new ArrayList<>();
        for (long unit = 1; unit <= 2_000; unit++) {
            many.add(OrgTree.unit(unit, 7));
        }
        Coverage coverage = Coverage.of(List.of(at(OrgTree.branch(1, 7))));

        assertThat(coverage.branches()).containsExactly(new BranchId(7));
        assertThat(coverage.units()).isEmpty();
        assertThat(OrgTree.branch(1, 7).unitsAmong(many)).hasSize(2_000);
    }

    @Test
    void nobodyAssignedCoversNothing() {
        Coverage coverage = Coverage.of(List.of());
        assertThat(coverage.tenant()).isFalse();
        assertThat(coverage.branches()).isEmpty();
        assertThat(coverage.units()).isEmpty();
    }
}
