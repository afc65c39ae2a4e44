package io.gerbang.application.service.organisation;

import static io.gerbang.application.inmemory.InMemoryGerbang.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.inmemory.InMemoryGerbang;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.organisation.RemoveRoleAssignment;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.BeyondOwnGrant;
import io.gerbang.application.port.in.refusal.LastAdministrator;
import io.gerbang.application.port.in.refusal.NotPermitted;
import io.gerbang.application.port.in.refusal.OutsideScope;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.RoleId;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.User;
import org.junit.jupiter.api.Test;

/**
 * Handing out and taking back roles: nobody grants beyond what they hold where they hold it, and a tenant that has an
 * administrator keeps one.
 */
class RoleAssignmentTest {

    private final InMemoryGerbang gerbang = new InMemoryGerbang();
    private final AssignRole assign = gerbang.assignRole();
    private final RemoveRoleAssignment remove = gerbang.removeRoleAssignment();

    private final BranchId jakarta = gerbang.branch("Jakarta");
    private final UnitId it = gerbang.unit(jakarta, "IT", "IT");
    private final UnitId hr = gerbang.unit(jakarta, "HR", "HR");
    private final RoleId administrator = gerbang.role(
            "Administrator",
            Permissions.ROLES_ASSIGN,
            Permissions.USERS_READ,
            Permissions.USERS_WRITE,
            Permissions.TASKS_READ,
            Permissions.SESSIONS_MANAGE);
    private final RoleId unitAdmin = gerbang.role("Unit admin", Permissions.ROLES_ASSIGN, Permissions.TASKS_READ);
    private final RoleId viewer = gerbang.role("Viewer", Permissions.TASKS_READ);

    private final User kakashi = gerbang.person("1001", "sharingan", null);
    private final User iruka = gerbang.person("1002", "academy", it);
    private final User naruto = gerbang.person("2001", "rasengan", it);
    private final User hinata = gerbang.person("2002", "byakugan", hr);

    RoleAssignmentTest() {
        gerbang.holds(kakashi, administrator, gerbang.wholeTenant());
        gerbang.holds(iruka, unitAdmin, gerbang.atUnit(it));
    }

    @Test
    void aUnitAdministratorGrantsWhatTheyHoldInTheirUnitAndThePersonsProfileChanges() {
        GrantedRole granted = assign.assign(
                gerbang.assignAt(gerbang.signedIn(iruka, "academy"), naruto.id(), viewer, gerbang.atUnit(it)));

        assertThat(granted.roleName()).isEqualTo("Viewer");
        assertThat(granted.level()).isEqualTo(AssignmentLevel.UNIT);
        assertThat(granted.unitCode().value()).isEqualTo("IT");
        assertThat(gerbang.profileChanges.changed()).containsExactly(naruto.id());
        assertThat(gerbang.events.kinds()).endsWith(Kind.ROLE_ASSIGNED);
    }

    @Test
    void nobodyGrantsARoleWithMoreThanTheyHoldNorAtANodeBeyondTheirOwn() {
        Principal irukaSignedIn = gerbang.signedIn(iruka, "academy");

        assertThatThrownBy(() ->
                        assign.assign(gerbang.assignAt(irukaSignedIn, naruto.id(), administrator, gerbang.atUnit(it))))
                .as("a role above their own")
                .isInstanceOf(BeyondOwnGrant.class);
        assertThatThrownBy(() -> assign.assign(gerbang.assignAt(
                        irukaSignedIn, naruto.id(), viewer, OrgNode.branch(gerbang.company(), jakarta))))
                .as("the whole branch")
                .isInstanceOf(BeyondOwnGrant.class);
        assertThatThrownBy(
                        () -> assign.assign(gerbang.assignAt(irukaSignedIn, hinata.id(), viewer, gerbang.atUnit(hr))))
                .as("a person of another unit")
                .isInstanceOf(OutsideScope.class);
        assertThatThrownBy(() -> assign.assign(gerbang.assignAt(
                        gerbang.signedIn(naruto, "rasengan"), hinata.id(), viewer, gerbang.atUnit(hr))))
                .as("without roles.assign")
                .isInstanceOf(NotPermitted.class);
        assertThat(gerbang.profileChanges.changed()).isEmpty();
    }

    @Test
    void aRoleIsHeldOnceAtANodeAndOnlyAtANodeThatExists() {
        Principal kakashiSignedIn = gerbang.signedIn(kakashi, "sharingan");
        assign.assign(gerbang.assignAt(kakashiSignedIn, naruto.id(), viewer, gerbang.atUnit(hr)));

        assertThatThrownBy(
                        () -> assign.assign(gerbang.assignAt(kakashiSignedIn, naruto.id(), viewer, gerbang.atUnit(hr))))
                .isInstanceOf(AlreadyExists.class);
        assertThatThrownBy(() -> assign.assign(new AssignRole.Command(
                        kakashiSignedIn, naruto.id(), viewer, AssignmentLevel.UNIT, null, null, new UnitId(999))))
                .isInstanceOf(UnknownPlace.class);
        assertThatThrownBy(() -> assign.assign(new AssignRole.Command(
                        kakashiSignedIn, naruto.id(), viewer, AssignmentLevel.UNIT, null, new BranchId(998), it)))
                .as("a unit named under a branch it is not in")
                .isInstanceOf(UnknownPlace.class);
    }

    @Test
    void takingARoleBackEndsThePersonsSessions() {
        Principal kakashiSignedIn = gerbang.signedIn(kakashi, "sharingan");
        GrantedRole granted = assign.assign(gerbang.assignAt(kakashiSignedIn, naruto.id(), viewer, gerbang.atUnit(it)));
        gerbang.signedIn(naruto, "rasengan");

        remove.remove(new RemoveRoleAssignment.Command(kakashiSignedIn, naruto.id(), granted.assignment()));

        assertThat(gerbang.sessions.of(TENANT, naruto.id())).isEmpty();
        assertThat(gerbang.events.kinds()).endsWith(Kind.ROLE_REMOVED);
    }

    @Test
    void theTenantsLastAdministratorKeepsTheRoleUntilThereIsAnother() {
        Principal kakashiSignedIn = gerbang.signedIn(kakashi, "sharingan");
        GrantedRole own =
                gerbang.profiles.of(kakashi.id()).orElseThrow().namedRoles().get(0);
        RemoveRoleAssignment.Command removal =
                new RemoveRoleAssignment.Command(kakashiSignedIn, kakashi.id(), own.assignment());

        assertThatThrownBy(() -> remove.remove(removal)).isInstanceOf(LastAdministrator.class);
        assertThat(gerbang.sessions.of(TENANT, kakashi.id()))
                .as("nothing happened")
                .hasSize(1);

        assign.assign(gerbang.assignAt(kakashiSignedIn, iruka.id(), administrator, gerbang.wholeTenant()));
        remove.remove(removal);
        assertThat(gerbang.organisation.lockAndRead(TENANT).survivesDeactivationOf(iruka.id()))
                .isFalse();
    }
}
