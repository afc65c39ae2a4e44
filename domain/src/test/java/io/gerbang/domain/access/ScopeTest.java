package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.user.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final UserId USER = new UserId(1);
    private static final Role ADMIN =
            new Role(new RoleId(1), "PRODI ADMIN", "", Permission.setOf("users.read", "tasks.read"));
    private static final Role MEMBER = new Role(new RoleId(2), "USER", "", Permission.setOf("tasks.read"));
    // company 1: branch 1 with units 1, 2; branch 2 with unit 3
    private static final List<OrgUnit> UNITS = OrgTree.UNITS;

    private static RoleAssignment at(Role role, AssignmentLevel level, Long branch, Long unit) {
        return RoleAssignment.reconstitute(
                new AssignmentId(1),
                USER,
                role,
                level,
                OrgTree.COMPANY,
                BranchId.ofNullable(branch),
                UnitId.ofNullable(unit));
    }

    @Test
    void aCompanyAssignmentCoversTheWholeTenant() {
        Scope scope = Scope.of(List.of(at(ADMIN, AssignmentLevel.COMPANY, null, null)), UNITS);

        assertThat(scope.tenantWide()).isTrue();
        assertThat(scope.reaches(new UnitId(3))).isTrue();
        assertThat(scope.reaches(null)).isTrue();
    }

    @Test
    void aBranchAssignmentCoversItsUnitsOnly() {
        Scope scope = Scope.of(List.of(at(ADMIN, AssignmentLevel.BRANCH, 1L, null)), UNITS);

        assertThat(scope.tenantWide()).isFalse();
        assertThat(scope.units()).containsExactlyInAnyOrder(new UnitId(1), new UnitId(2));
        assertThat(scope.reaches(new UnitId(3))).isFalse();
    }

    @Test
    void aUnitAssignmentCoversItself() {
        assertThat(Scope.of(List.of(at(MEMBER, AssignmentLevel.UNIT, 2L, 3L)), UNITS)
                        .units())
                .containsExactly(new UnitId(3));
    }

    @Test
    void theScopeForAPermissionCountsOnlyAssignmentsWhoseRoleGrantsIt() {
        List<RoleAssignment> assignments =
                List.of(at(ADMIN, AssignmentLevel.UNIT, 1L, 1L), at(MEMBER, AssignmentLevel.UNIT, 2L, 3L));

        assertThat(Scope.forPermission(new Permission("users.read"), assignments, UNITS)
                        .units())
                .containsExactly(new UnitId(1));
        assertThat(Scope.forPermission(new Permission("tasks.read"), assignments, UNITS)
                        .units())
                .containsExactlyInAnyOrder(new UnitId(1), new UnitId(3));
        assertThat(Scope.forPermission(new Permission("roles.write"), assignments, UNITS)
                        .units())
                .isEmpty();
        assertThat(Scope.forPermission(new Permission("roles.write"), assignments, UNITS)
                        .reaches(null))
                .isFalse();
    }

    @Test
    void aRoleNameHasOneTo100PrintableCharactersAndARoleGrantsOnlyItsPermissions() {
        assertThat(Role.checkedName("  AUDITOR ")).isEqualTo("AUDITOR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.checkedName(" "))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.checkedName("x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ADMIN.grants(new Permission("users.read"))).isTrue();
        assertThat(ADMIN.grants(new Permission("roles.write"))).isFalse();
    }

    @Test
    void onlyTheUserOrASessionManagerOverseesSessions() {
        UserId other = new UserId(2);

        assertThat(SessionOversight.mayOversee(USER, Set.of(), USER)).isTrue();
        assertThat(SessionOversight.mayOversee(USER, Permission.setOf("users.read"), other))
                .isFalse();
        assertThat(SessionOversight.mayOversee(USER, Set.of(Permissions.SESSIONS_MANAGE), other))
                .isTrue();
    }

    @Test
    void narrowedToAUnitIsThatUnitWhenReachedAndNothingOtherwise() {
        Scope branch = Scope.of(List.of(at(ADMIN, AssignmentLevel.BRANCH, 1L, null)), UNITS);

        assertThat(branch.narrowedTo(new UnitId(2)).units()).containsExactly(new UnitId(2));
        assertThat(branch.narrowedTo(new UnitId(2)).reaches(null)).isFalse();
        assertThat(branch.narrowedTo(new UnitId(3))).isEqualTo(Scope.none());
        assertThat(Scope.of(List.of(at(ADMIN, AssignmentLevel.COMPANY, null, null)), UNITS)
                        .narrowedTo(new UnitId(3))
                        .units())
                .containsExactly(new UnitId(3));
    }
}
