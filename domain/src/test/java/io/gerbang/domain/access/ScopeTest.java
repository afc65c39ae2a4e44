package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.user.UserId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private static final UserId USER = new UserId(1);
    private static final Role ADMIN = new Role(1, "PRODI ADMIN", "", Set.of("users.read", "tasks.read"));
    private static final Role MEMBER = new Role(2, "USER", "", Set.of("tasks.read"));
    // company 1: branch 1 with units 1, 2; branch 2 with unit 3
    private static final List<OrgUnit> UNITS = List.of(new OrgUnit(1, 1, 1), new OrgUnit(2, 1, 1), new OrgUnit(3, 2, 1));

    private static RoleAssignment at(Role role, AssignmentLevel level, Long branch, Long unit) {
        return RoleAssignment.reconstitute(1, USER, role, level, 1, branch, unit);
    }

    @Test
    void aCompanyAssignmentCoversTheWholeTenant() {
        Scope scope = Scope.of(List.of(at(ADMIN, AssignmentLevel.COMPANY, null, null)), UNITS);

        assertThat(scope.tenantWide()).isTrue();
        assertThat(scope.reaches(3L)).isTrue();
        assertThat(scope.reaches(null)).isTrue();
    }

    @Test
    void aBranchAssignmentCoversItsUnitsOnly() {
        Scope scope = Scope.of(List.of(at(ADMIN, AssignmentLevel.BRANCH, 1L, null)), UNITS);

        assertThat(scope.tenantWide()).isFalse();
        assertThat(scope.units()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(scope.reaches(3L)).isFalse();
    }

    @Test
    void aUnitAssignmentCoversItself() {
        assertThat(Scope.of(List.of(at(MEMBER, AssignmentLevel.UNIT, 2L, 3L)), UNITS).units()).containsExactly(3L);
    }

    @Test
    void theScopeForAPermissionCountsOnlyAssignmentsWhoseRoleGrantsIt() {
        List<RoleAssignment> assignments = List.of(at(ADMIN, AssignmentLevel.UNIT, 1L, 1L),
                at(MEMBER, AssignmentLevel.UNIT, 2L, 3L));

        assertThat(Scope.forPermission("users.read", assignments, UNITS).units()).containsExactly(1L);
        assertThat(Scope.forPermission("tasks.read", assignments, UNITS).units()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(Scope.forPermission("roles.write", assignments, UNITS).units()).isEmpty();
        assertThat(Scope.forPermission("roles.write", assignments, UNITS).reaches(null)).isFalse();
    }

    @Test
    void aRoleNameHasOneTo100PrintableCharactersAndARoleGrantsOnlyItsPermissions() {
        assertThat(Role.checkedName("  AUDITOR ")).isEqualTo("AUDITOR");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.checkedName(" "))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Role.checkedName("x".repeat(101)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ADMIN.grants("users.read")).isTrue();
        assertThat(ADMIN.grants("roles.write")).isFalse();
    }

    @Test
    void onlyTheUserOrASessionManagerOverseesSessions() {
        UserId other = new UserId(2);

        assertThat(SessionOversight.mayOversee(USER, Set.of(), USER)).isTrue();
        assertThat(SessionOversight.mayOversee(USER, Set.of("users.read"), other)).isFalse();
        assertThat(SessionOversight.mayOversee(USER, Set.of(Permissions.SESSIONS_MANAGE), other)).isTrue();
    }

    @Test
    void narrowedToAUnitIsThatUnitWhenReachedAndNothingOtherwise() {
        Scope branch = Scope.of(List.of(at(ADMIN, AssignmentLevel.BRANCH, 1L, null)), UNITS);

        assertThat(branch.narrowedTo(2).units()).containsExactly(2L);
        assertThat(branch.narrowedTo(2).reaches(null)).isFalse();
        assertThat(branch.narrowedTo(3)).isEqualTo(Scope.none());
        assertThat(Scope.of(List.of(at(ADMIN, AssignmentLevel.COMPANY, null, null)), UNITS).narrowedTo(3).units())
                .containsExactly(3L);
    }
}
