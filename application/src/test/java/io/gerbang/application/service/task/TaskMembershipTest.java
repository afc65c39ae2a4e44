package io.gerbang.application.service.task;

import static io.gerbang.application.inmemory.InMemoryGerbang.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.application.inmemory.InMemoryGerbang;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RoomEvent;
import io.gerbang.application.port.in.refusal.UnknownTask;
import io.gerbang.application.port.in.refusal.UnknownUser;
import io.gerbang.application.port.in.task.ChangeTaskMembers;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.task.MayNotManage;
import io.gerbang.domain.task.MemberChange;
import io.gerbang.domain.task.OwnerStaysMember;
import io.gerbang.domain.task.TaskId;
import io.gerbang.domain.task.TaskRoom;
import io.gerbang.domain.task.UnknownMember;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import org.junit.jupiter.api.Test;

/** Who is in a task's room: its owner and managers decide, the owner stays, and the room hears each change. */
class TaskMembershipTest {

    private final InMemoryGerbang gerbang = new InMemoryGerbang();
    private final ChangeTaskMembers members = gerbang.changeTaskMembers();

    private final BranchId konoha = gerbang.branch("Konoha");
    private final UnitId team7 = gerbang.unit(konoha, "Team 7", null);
    private final UnitId team8 = gerbang.unit(konoha, "Team 8", null);
    private final User kakashi = gerbang.person("1001", "sharingan", team7);
    private final User naruto = gerbang.person("2001", "rasengan", team7);
    private final User sakura = gerbang.person("2003", "shannaro", team7);
    private final User kurenai = gerbang.person("1002", "genjutsu", team8);
    private final TaskId mission;

    TaskMembershipTest() {
        gerbang.holds(
                kakashi,
                gerbang.role("Team lead", Permissions.TASKS_READ, Permissions.TASKS_MANAGE),
                gerbang.atUnit(team7));
        gerbang.holds(kurenai, gerbang.role("Reader", Permissions.TASKS_READ), gerbang.wholeTenant());
        mission = gerbang.tasks
                .open(TENANT, team7, "Bell test", naruto.id(), gerbang.clock.instant())
                .task()
                .id();
    }

    private TaskRoom room() {
        return gerbang.tasks.room(TENANT, mission).orElseThrow();
    }

    @Test
    void theOwnerAddsAMemberWhoMayOnlyReadAndTheRoomHearsIt() {
        MemberChange change = members.put(
                new ChangeTaskMembers.Put(gerbang.signedIn(naruto, "rasengan"), mission, sakura.id(), false));

        assertThat(change.kind()).isEqualTo(MemberChange.Kind.ADDED);
        assertThat(room().mayJoin(sakura.id())).isTrue();
        assertThat(room().mayPost(sakura.id())).isFalse();
        assertThat(gerbang.roomEvents.published())
                .singleElement()
                .isInstanceOfSatisfying(RoomEvent.MemberChanged.class, event -> {
                    assertThat(event.user()).isEqualTo(sakura.id());
                    assertThat(event.canComment()).isFalse();
                });
    }

    @Test
    void aManagerOfTheTasksUnitChangesItsMembersWithoutBeingOne() {
        Principal lead = gerbang.signedIn(kakashi, "sharingan");

        members.put(new ChangeTaskMembers.Put(lead, mission, sakura.id(), null));
        members.put(new ChangeTaskMembers.Put(lead, mission, sakura.id(), false));
        members.remove(new ChangeTaskMembers.Removal(lead, mission, sakura.id()));

        assertThat(gerbang.roomEvents.published())
                .extracting(event -> ((RoomEvent.MemberChanged) event).change())
                .containsExactly(MemberChange.Kind.ADDED, MemberChange.Kind.UPDATED, MemberChange.Kind.REMOVED);
        assertThat(room().mayJoin(sakura.id())).isFalse();
        assertThat(room().mayJoin(kakashi.id())).isFalse();
    }

    @Test
    void someoneWhoSeesTheTaskButDoesNotManageItChangesNothing() {
        Principal reader = gerbang.signedIn(kurenai, "genjutsu");

        assertThatThrownBy(() -> members.put(new ChangeTaskMembers.Put(reader, mission, kurenai.id(), null)))
                .isInstanceOf(MayNotManage.class);
        assertThat(room().mayJoin(kurenai.id())).isFalse();
        assertThat(gerbang.roomEvents.published()).isEmpty();
    }

    @Test
    void theOwnerStaysAMemberWhoMayPost() {
        Principal lead = gerbang.signedIn(kakashi, "sharingan");

        assertThatThrownBy(() -> members.remove(new ChangeTaskMembers.Removal(lead, mission, naruto.id())))
                .isInstanceOf(OwnerStaysMember.class);
        assertThatThrownBy(() -> members.put(new ChangeTaskMembers.Put(lead, mission, naruto.id(), false)))
                .isInstanceOf(OwnerStaysMember.class);
        assertThat(room().mayPost(naruto.id())).isTrue();
    }

    @Test
    void unknownPeopleMembersAndTasksAreRefusedByName() {
        Principal owner = gerbang.signedIn(naruto, "rasengan");

        assertThatThrownBy(() -> members.put(new ChangeTaskMembers.Put(owner, mission, new UserId(99), null)))
                .isInstanceOf(UnknownUser.class);
        assertThatThrownBy(() -> members.remove(new ChangeTaskMembers.Removal(owner, mission, sakura.id())))
                .isInstanceOf(UnknownMember.class);
        assertThatThrownBy(() -> members.put(new ChangeTaskMembers.Put(owner, new TaskId(99), sakura.id(), null)))
                .isInstanceOf(UnknownTask.class);
        assertThat(gerbang.roomEvents.published()).isEmpty();
    }
}
