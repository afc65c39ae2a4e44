package io.gerbang.domain.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.user.UserId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TenantAdministratorsTest {

    private static final Role CONSOLE =
            new Role(new RoleId(1), "CONSOLE ADMIN", "", Permission.setOf("roles.assign", "users.read"));
    private static final Role READER = new Role(new RoleId(2), "READER", "", Permission.setOf("users.read"));
    private static final UserId HASBI = new UserId(1);
    private static final UserId OTHER = new UserId(2);

    private static RoleAssignment company(long id, UserId user, Role role) {
        return RoleAssignment.reconstitute(
                new AssignmentId(id), user, role, AssignmentLevel.COMPANY, OrgTree.COMPANY, null, null);
    }

    @Test
    void theLastAdministratorKeepsTheRoleAndStaysActive() {
        TenantAdministrators tenant = new TenantAdministrators(
                List.of(company(10, HASBI, CONSOLE), company(11, OTHER, READER)), List.of(HASBI, OTHER));

        assertThat(tenant.survivesRemovalOf(new AssignmentId(10))).isFalse();
        assertThat(tenant.survivesDeactivationOf(HASBI)).isFalse();
        assertThat(tenant.survivesRemovalOf(new AssignmentId(11)))
                .as("not an administering assignment")
                .isTrue();
        assertThat(tenant.survivesDeactivationOf(OTHER)).isTrue();
    }

    @Test
    void withASecondActiveAdministratorEitherMayGo() {
        TenantAdministrators tenant = new TenantAdministrators(
                List.of(company(10, HASBI, CONSOLE), company(11, OTHER, CONSOLE)), List.of(HASBI, OTHER));

        assertThat(tenant.survivesRemovalOf(new AssignmentId(10))).isTrue();
        assertThat(tenant.survivesDeactivationOf(OTHER)).isTrue();
    }

    @Test
    void anInactiveAdministratorDoesNotCount() {
        TenantAdministrators tenant = new TenantAdministrators(
                List.of(company(10, HASBI, CONSOLE), company(11, OTHER, CONSOLE)), List.of(HASBI));

        assertThat(tenant.survivesRemovalOf(new AssignmentId(10))).isFalse();
        assertThat(tenant.survivesRemovalOf(new AssignmentId(11))).isTrue();
    }

    @Test
    void aTenantThatHadNoAdministratorIsNotBlocked() {
        TenantAdministrators tenant = new TenantAdministrators(List.of(company(11, OTHER, READER)), List.of(OTHER));

        assertThat(tenant.survivesRemovalOf(new AssignmentId(11))).isTrue();
        assertThat(tenant.survivesDeactivationOf(OTHER)).isTrue();
    }

    @Test
    void onlyACompanyLevelAssignmentGrantingRolesAssignAdministers() {
        assertThat(company(1, HASBI, CONSOLE).administersTenant()).isTrue();
        assertThat(company(1, HASBI, READER).administersTenant()).isFalse();
        assertThat(RoleAssignment.reconstitute(
                                new AssignmentId(1),
                                HASBI,
                                CONSOLE,
                                AssignmentLevel.BRANCH,
                                OrgTree.COMPANY,
                                new BranchId(1),
                                null)
                        .administersTenant())
                .isFalse();
    }
}
