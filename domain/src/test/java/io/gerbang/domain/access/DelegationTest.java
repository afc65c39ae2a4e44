package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DelegationTest {

    private static final UserId HOLDER = new UserId(1);
    // company 1: branch 1 with units 1, 2; branch 2 with unit 3; branch 3 has no units yet
    private static final List<OrgUnit> UNITS = OrgTree.UNITS;
    private static final Role CONSOLE = new Role(
            new RoleId(1),
            "CONSOLE ADMIN",
            "",
            Permission.setOf("users.read", "users.write", "roles.assign", "tasks.read"));
    private static final Role UNIT_ADMIN =
            new Role(new RoleId(2), "UNIT ADMIN", "", Permission.setOf("users.read", "roles.assign"));
    private static final Role READER = new Role(new RoleId(3), "READER", "", Permission.setOf("users.read"));
    private static final Role MEMBER = new Role(new RoleId(4), "USER", "", Permission.setOf("tasks.read"));

    private static Delegation holding(RoleAssignment... assignments) {
        return new Delegation(List.of(assignments), UNITS);
    }

    private static RoleAssignment at(Role role, OrgNode node) {
        return RoleAssignment.reconstitute(
                new AssignmentId(9), HOLDER, role, node.level(), node.companyId(), node.branchId(), node.unitId());
    }

    @Test
    void aCompanyAdministratorGrantsWhatTheyHoldAnywhere() {
        Delegation console = holding(at(CONSOLE, OrgTree.company(1)));

        assertThat(console.mayGrant(CONSOLE, OrgTree.company(1))).isTrue();
        assertThat(console.mayGrant(READER, OrgTree.branch(1, 2))).isTrue();
        assertThat(console.mayGrant(MEMBER, OrgNode.unit(UNITS.get(2)))).isTrue();
    }

    @Test
    void nobodyGrantsAPermissionTheyDoNotHoldThere() {
        Delegation unitAdmin = holding(at(UNIT_ADMIN, OrgNode.unit(UNITS.get(0))));

        assertThat(unitAdmin.mayGrant(READER, OrgNode.unit(UNITS.get(0)))).isTrue();
        assertThat(unitAdmin.mayGrant(MEMBER, OrgNode.unit(UNITS.get(0))))
                .as("tasks.read is not theirs")
                .isFalse();
        assertThat(unitAdmin.mayGrant(CONSOLE, OrgNode.unit(UNITS.get(0)))).isFalse();
    }

    @Test
    void aNodeMustLieWhollyInsideTheHoldersScope() {
        Delegation unitAdmin = holding(at(UNIT_ADMIN, OrgNode.unit(UNITS.get(0))));

        assertThat(unitAdmin.mayGrant(READER, OrgNode.unit(UNITS.get(1))))
                .as("another unit")
                .isFalse();
        assertThat(unitAdmin.mayGrant(READER, OrgTree.branch(1, 1)))
                .as("the branch above")
                .isFalse();
        assertThat(unitAdmin.mayWithdrawAt(OrgNode.unit(UNITS.get(0)))).isTrue();
        assertThat(unitAdmin.mayWithdrawAt(OrgTree.company(1))).isFalse();
    }

    @Test
    void aBranchAdministratorReachesTheBranchButNotTheCompanyNorAnEmptyBranchElsewhere() {
        Delegation branchAdmin = holding(at(UNIT_ADMIN, OrgTree.branch(1, 1)));

        assertThat(branchAdmin.mayGrant(READER, OrgTree.branch(1, 1))).isTrue();
        assertThat(branchAdmin.mayGrant(READER, OrgNode.unit(UNITS.get(1)))).isTrue();
        assertThat(branchAdmin.mayGrant(READER, OrgTree.company(1)))
                .as("people without a unit")
                .isFalse();
        assertThat(branchAdmin.mayGrant(READER, OrgTree.branch(1, 3)))
                .as("a branch with no units")
                .isFalse();
    }

    @Test
    void permissionsMayComeFromSeveralAssignments() {
        Delegation twoHats = holding(at(UNIT_ADMIN, OrgNode.unit(UNITS.get(2))), at(MEMBER, OrgTree.branch(1, 2)));

        assertThat(twoHats.mayGrant(MEMBER, OrgNode.unit(UNITS.get(2)))).isTrue();
        assertThat(twoHats.mayGrant(MEMBER, OrgNode.unit(UNITS.get(0)))).isFalse();
    }

    @Test
    void aUnitAdministratorMayNotActOnACompanyAdministratorWhoseHomeIsTheirUnit() {
        Role unitUsersAdmin =
                new Role(new RoleId(5), "PRODI ADMIN", "", Permission.setOf("users.read", "users.write", "tasks.read"));
        Delegation unitAdmin = holding(at(unitUsersAdmin, OrgNode.unit(UNITS.get(0))));

        assertThat(unitAdmin.mayAdminister(List.of(at(CONSOLE, OrgTree.company(1)))))
                .isFalse();
        assertThat(unitAdmin.mayAdminister(
                        List.of(at(MEMBER, OrgNode.unit(UNITS.get(0))), at(READER, OrgTree.branch(1, 1)))))
                .as("one grant above them is enough to refuse")
                .isFalse();
        assertThat(unitAdmin.mayAdminister(List.of(at(MEMBER, OrgNode.unit(UNITS.get(0))))))
                .isTrue();
        assertThat(unitAdmin.mayAdminister(List.of()))
                .as("a person who holds nothing")
                .isTrue();
    }

    @Test
    void actingOnAPersonNeedsEveryPermissionOfWhatTheyHoldAndUsersWriteThere() {
        Role usersWriter = new Role(new RoleId(6), "USERS", "", Permission.setOf("users.write"));
        Delegation writer = holding(at(usersWriter, OrgNode.unit(UNITS.get(0))));
        Delegation console = holding(at(CONSOLE, OrgTree.company(1)));

        assertThat(writer.mayAdminister(List.of(at(MEMBER, OrgNode.unit(UNITS.get(0))))))
                .as("tasks.read is not theirs to hold over that unit")
                .isFalse();
        assertThat(writer.mayAdminister(List.of(at(usersWriter, OrgNode.unit(UNITS.get(1))))))
                .as("another unit")
                .isFalse();
        assertThat(console.mayAdminister(
                        List.of(at(CONSOLE, OrgTree.company(1)), at(UNIT_ADMIN, OrgTree.branch(1, 2)))))
                .isTrue();
        assertThat(holding(at(UNIT_ADMIN, OrgTree.company(1))).mayAdminister(List.of(at(READER, OrgTree.branch(1, 1)))))
                .as("without users.write nobody acts on anyone")
                .isFalse();
    }

    @Test
    void aNodeContainsWhatLiesUnderIt() {
        assertThat(OrgTree.company(1).unitsAmong(UNITS)).hasSize(3);
        assertThat(OrgTree.company(2).unitsAmong(UNITS)).isEmpty();
        assertThat(OrgTree.branch(1, 1).unitsAmong(UNITS))
                .extracting(OrgUnit::id)
                .containsExactly(new UnitId(1), new UnitId(2));
        assertThat(OrgNode.unit(UNITS.get(2)).unitsAmong(UNITS))
                .extracting(OrgUnit::id)
                .containsExactly(new UnitId(3));
    }
}
