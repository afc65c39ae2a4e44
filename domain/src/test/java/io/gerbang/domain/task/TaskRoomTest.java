package io.gerbang.domain.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskRoomTest {

    private static final UserId NARUTO = new UserId(2);
    private static final UserId SAKURA = new UserId(3);
    private static final UserId KAKASHI = new UserId(4);
    private static final UserId HASBI = new UserId(1);

    /** The demo task: Naruto owns it, Kakashi comments, Sakura only reads. */
    private static TaskRoom peluncuran() {
        Task task = new Task(new TaskId(1), new TenantId(1), 2, "Peluncuran", NARUTO, Instant.EPOCH, Instant.EPOCH);
        return new TaskRoom(task, List.of(new TaskMember(NARUTO, true, true), new TaskMember(KAKASHI, false, true),
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
    void theOwnerOrAUnitManagerManagesAndTheOwnerStays() {
        TaskRoom room = peluncuran();

        assertThat(room.mayManage(NARUTO, false)).isTrue();
        assertThat(room.mayManage(KAKASHI, false)).isFalse();
        assertThat(room.mayManage(KAKASHI, true)).isTrue();
        assertThat(room.mayRemove(SAKURA)).isTrue();
        assertThat(room.mayRemove(NARUTO)).as("the owner").isFalse();
        assertThat(room.mayRemove(HASBI)).as("not a member").isFalse();
    }

    @Test
    void aMessageHasRealTextWithinItsLimits() {
        assertThat(new MessageDraft("  halo  ", null, null).attachments()).isEmpty();
        for (String bad : new String[] {null, "", "   ", "\n\t", "x".repeat(4001), "a\u0000b"}) {
            assertThatThrownBy(() -> new MessageDraft(bad, List.of(), null)).as(String.valueOf(bad))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> new MessageDraft("hi", java.util.Collections.nCopies(11, "a.png"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageDraft("hi", List.of(" "), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MessageDraft("hi", List.of(), 0L)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTitleIsPrintableAndTheOwnerMayAlwaysComment() {
        assertThat(Task.checkedTitle("  Rapat  ")).isEqualTo("Rapat");
        assertThatThrownBy(() -> Task.checkedTitle(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Task.checkedTitle("a\u0007")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TaskMember(NARUTO, true, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
