package io.gerbang.adapters.websocket;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.application.port.in.refusal.SessionEnded;
import io.gerbang.domain.task.MayNotComment;
import io.gerbang.domain.task.NotAMember;
import io.gerbang.domain.task.TaskId;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RefusalCodesTest {

    @Test
    void theChatsRefusalsKeepTheirCodes() {
        TaskId task = new TaskId(1);
        assertThat(RefusalCodes.of(new NotAMember(task))).isEqualTo("NO_ACCESS");
        assertThat(RefusalCodes.of(new MayNotComment(task))).isEqualTo("NO_PERMISSION");
        assertThat(RefusalCodes.of(new LimitReached(Duration.ofSeconds(1)))).isEqualTo("TOO_MANY_REQUESTS");
        assertThat(RefusalCodes.of(new SessionEnded())).isEqualTo("SESSION_REVOKED");
    }
}
