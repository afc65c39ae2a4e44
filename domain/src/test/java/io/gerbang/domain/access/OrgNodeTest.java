package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OrgNodeTest {

    private static final OrgNode UNIT_3 = OrgNode.unit(OrgTree.unit(3, 2));

    @Test
    void idsNotGivenAndIdsOfTheNodeAndItsParentsAgree() {
        assertThat(UNIT_3.disagreementWith(null, null, null)).isEmpty();
        assertThat(UNIT_3.disagreementWith(new CompanyId(1), new BranchId(2), new UnitId(3)))
                .isEmpty();
        assertThat(OrgTree.branch(1, 2).disagreementWith(new CompanyId(1), null, null))
                .isEmpty();
    }

    @Test
    void theHighestLevelNamingAnotherNodeIsTheDisagreement() {
        assertThat(UNIT_3.disagreementWith(new CompanyId(2), new BranchId(1), null))
                .contains(AssignmentLevel.COMPANY);
        assertThat(UNIT_3.disagreementWith(new CompanyId(1), new BranchId(1), new UnitId(9)))
                .contains(AssignmentLevel.BRANCH);
        assertThat(UNIT_3.disagreementWith(null, null, new UnitId(2))).contains(AssignmentLevel.UNIT);
    }

    @Test
    void anIdOfALevelBelowTheNodeNeverAgrees() {
        assertThat(OrgTree.company(1).disagreementWith(null, new BranchId(1), null))
                .contains(AssignmentLevel.BRANCH);
        assertThat(OrgTree.branch(1, 1).disagreementWith(null, null, new UnitId(1)))
                .contains(AssignmentLevel.UNIT);
    }

    @Test
    void aPlaceIsNamedByOneLineOfPrintableText() {
        assertThat(new PlaceName("  Kampus Timur ").value()).isEqualTo("Kampus Timur");
        for (String bad : new String[] {null, "", "   ", "a\nb", "x".repeat(201), "a\u202Eb"}) {
            assertThatThrownBy(() -> new PlaceName(bad))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNodeContainsWhatLiesUnderIt() {
        assertThat(OrgTree.company(1).contains(OrgTree.unit(3, 2))).isTrue();
        assertThat(OrgTree.branch(1, 1).contains(OrgTree.unit(3, 2))).isFalse();
        assertThat(UNIT_3.contains(OrgTree.unit(3, 2))).isTrue();
    }
}
