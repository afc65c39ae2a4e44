package io.gerbang.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.application.port.out.StoreUnavailable;
import io.gerbang.domain.task.MayNotComment;
import io.gerbang.domain.task.NotAMember;
import io.gerbang.domain.task.TaskId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ChatRefusalsTest {

    @Test
    void theChatsRefusalsKeepTheirCodes() {
        TaskId task = new TaskId(1);
        assertThat(ChatRefusals.of(new NotAMember(task))).isEqualTo("NO_ACCESS");
        assertThat(ChatRefusals.of(new MayNotComment(task))).isEqualTo("NO_PERMISSION");
        assertThat(ChatRefusals.of(new LimitReached(Duration.ofSeconds(1)))).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(ChatRefusals.of(new SessionEnded())).isEqualTo("SESSION_REVOKED");
    }

    @Test
    void whatIsNotARefusalHasACodeTooAndAnythingUnforeseenIsAnInternalError() {
        assertThat(ChatRefusals.of(new StoreUnavailable("redis", new IllegalStateException())))
                .isEqualTo("UNAVAILABLE");
        assertThat(ChatRefusals.of(new ChatRefusals.InvalidInput())).isEqualTo("VALIDATION_FAILED");
        assertThat(ChatRefusals.of(new NullPointerException())).isEqualTo("INTERNAL_ERROR");
    }

    @Test
    void eachDoorSaysACodeInItsOwnWords() {
        assertThat(ChatRefusals.words("NO_ACCESS", ChatRefusals.Door.WS))
                .isEqualTo("you are not a member of this task");
        assertThat(ChatRefusals.words("NO_ACCESS", ChatRefusals.Door.SOCKET_IO)).isEqualTo("No access to this task");
        assertThat(ChatRefusals.words("INTERNAL_ERROR", ChatRefusals.Door.SOCKET_IO))
                .isEqualTo("Internal error");
    }
}
