package io.gerbang.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.access.Scope;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TaskRoomTest {

    private static final UserId NARUTO = new UserId(2);
    private static final UserId SAKURA = new UserId(3);
    private static final UserId KAKASHI = new UserId(4);
    private static final UserId HASBI = new UserId(1);
    private static final Scope NOWHERE = Scope.none();
    private static final Scope UNIT_2 = new Scope(false, Set.of(new UnitId(2)));

    /** The demo task: Naruto owns it, Kakashi comments, Sakura only reads. */
    private static TaskRoom peluncuran() {
        Task task = new Task(
                new TaskId(1), new TenantId(1), new UnitId(2), "Peluncuran", NARUTO, Instant.EPOCH, Instant.EPOCH);
        return TaskRoom.reconstitute(
                task,
                List.of(
                        new TaskMember(NARUTO, true, true),
                        new TaskMember(KAKASHI, false, true),
                        new TaskMember(SAKURA, false, false)));
    }

    @Test
    void membersJoinAndOnlyThoseWhoMayCommentPost() {
        TaskRoom room = peluncuran();

        assertThat(room.mayJoin(SAKURA)).isTrue();
        assertThat(room.mayPost(SAKURA)).isFalse();
        assertThat(room.mayPost(KAKASHI)).isTrue();
        assertThat(room.mayJoin(HASBI)).as("not a member").isFalse();
        assertThat(room.mayPost(HASBI)).isFalse();
    }

    @Test
    void theOwnerOrWhoeverManagesTheUnitManages() {
        TaskRoom room = peluncuran();

        assertThat(room.mayManage(NARUTO, NOWHERE)).isTrue();
        assertThat(room.mayManage(KAKASHI, NOWHERE)).isFalse();
        assertThat(room.mayManage(KAKASHI, UNIT_2)).isTrue();
        assertThat(room.mayManage(KAKASHI, new Scope(false, Set.of(new UnitId(3)))))
                .as("another unit")
                .isFalse();
        assertThatThrownBy(() -> room.rename(SAKURA, NOWHERE, "Rapat", Instant.EPOCH))
                .isInstanceOf(MayNotManage.class);
        assertThatThrownBy(() -> room.putMember(SAKURA, NOWHERE, HASBI, true)).isInstanceOf(MayNotManage.class);
        assertThatThrownBy(() -> room.removeMember(SAKURA, NOWHERE, KAKASHI)).isInstanceOf(MayNotManage.class);
    }

    @Test
    void aNewMemberMayCommentUnlessToldOtherwiseAndAnExistingOneIsChanged() {
        TaskRoom room = peluncuran();

        MemberChange added = room.putMember(NARUTO, NOWHERE, HASBI, null);
        assertThat(added.kind()).isEqualTo(MemberChange.Kind.ADDED);
        assertThat(added.member()).isEqualTo(new TaskMember(HASBI, false, true));
        assertThat(added.kind().logged()).isEqualTo(ActivityKind.MEMBER_ADDED);

        MemberChange muted = room.putMember(KAKASHI, UNIT_2, KAKASHI, false);
        assertThat(muted.kind()).isEqualTo(MemberChange.Kind.UPDATED);
        assertThat(muted.member().canComment()).isFalse();
        assertThat(muted.by()).isEqualTo(KAKASHI);
    }

    @Test
    void theOwnerStaysAMemberWhoMayComment() {
        TaskRoom room = peluncuran();

        assertThatThrownBy(() -> room.putMember(NARUTO, NOWHERE, NARUTO, false)).isInstanceOf(OwnerStaysMember.class);
        assertThatThrownBy(() -> room.removeMember(KAKASHI, UNIT_2, NARUTO)).isInstanceOf(OwnerStaysMember.class);
        assertThat(room.putMember(NARUTO, NOWHERE, NARUTO, true).member())
                .isEqualTo(new TaskMember(NARUTO, true, true));
    }

    @Test
    void onlyAMemberCanBeRemoved() {
        TaskRoom room = peluncuran();

        MemberChange removed = room.removeMember(NARUTO, NOWHERE, SAKURA);
        assertThat(removed.kind()).isEqualTo(MemberChange.Kind.REMOVED);
        assertThat(removed.member().user()).isEqualTo(SAKURA);
        assertThatThrownBy(() -> room.removeMember(NARUTO, NOWHERE, HASBI)).isInstanceOf(UnknownMember.class);
    }

    @Test
    void aPostIsRefusedToWhoIsNoMemberAndToAReader() {
        TaskRoom room = peluncuran();

        room.ensureMayPost(KAKASHI);
        assertThatThrownBy(() -> room.ensureMayPost(SAKURA)).isInstanceOf(MayNotComment.class);
        assertThatThrownBy(() -> room.ensureMayPost(HASBI)).isInstanceOf(NotAMember.class);
        assertThatThrownBy(() -> room.ensureMayJoin(HASBI)).isInstanceOf(NotAMember.class);
    }

    @Test
    void aRenamedRoomKeepsItsMembers() {
        TaskRoom renamed = peluncuran().rename(NARUTO, NOWHERE, "  Rapat  ", Instant.ofEpochSecond(60));

        assertThat(renamed.task().title()).isEqualTo("Rapat");
        assertThat(renamed.task().updatedAt()).isEqualTo(Instant.ofEpochSecond(60));
        assertThat(renamed.members()).hasSize(3);
    }

    @Test
    void membersAndWhoeverReadsTheUnitSeeATask() {
        TaskRoom room = peluncuran();

        assertThat(new TaskVisibility(SAKURA, NOWHERE).admits(room))
                .as("a member")
                .isTrue();
        assertThat(new TaskVisibility(HASBI, NOWHERE).admits(room)).isFalse();
        assertThat(new TaskVisibility(HASBI, UNIT_2).admits(room)).isTrue();
        assertThat(new TaskVisibility(HASBI, new Scope(true, Set.of())).admits(room))
                .as("the whole tenant")
                .isTrue();
    }

    @Test
    void aMessageHasRealTextWithinItsLimits() {
        assertThat(new MessageDraft("  halo  ", null, null).attachments()).isEmpty();
        for (String bad : new String[] {null, "", "   ", "\n\t", "x".repeat(4001), "a\u0000b"}) {
            assertThatThrownBy(() -> new MessageDraft(bad, List.of(), null))
                    .as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() ->
                        new MessageDraft("hi", java.util.Collections.nCopies(11, new Attachment("\"a.png\"")), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MessageDraft("hi", List.of(new Attachment("{\"name\":\"a.png\"}")), null)
                        .attachments()
                        .get(0)
                        .isObject())
                .isTrue();
        assertThatThrownBy(() -> new MessageId(0))
                .as("a reply names a message")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAttachmentIsAJsonStringOrObjectOfAtMostTwoKib() {
        assertThat(new Attachment("\"https://files.example/a.png\"").isObject()).isFalse();
        assertThat(new Attachment("{\"url\":\"https://files.example/a.png\",\"size\":12}").isObject())
                .isTrue();
        for (String bad : new String[] {"", "\"\"", "12", "[1]", "null", "true", "\"" + "x".repeat(2047) + "\""}) {
            assertThatThrownBy(() -> new Attachment(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(new Attachment("\"" + "x".repeat(2046) + "\"").json()).hasSize(2048);
    }

    @Test
    void aTitleIsPrintableAndTheOwnerMayAlwaysComment() {
        assertThat(Task.checkedTitle("  Rapat  ")).isEqualTo("Rapat");
        assertThatThrownBy(() -> Task.checkedTitle(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Task.checkedTitle("a\u0007")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskMember(NARUTO, true, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
