package io.gerbang.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.port.in.refusal.LastAdministrator;
import io.gerbang.application.port.in.refusal.SignInChallengeGone;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.in.refusal.UnknownReply;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.task.MessageId;
import io.gerbang.domain.task.NotAMember;
import io.gerbang.domain.task.TaskId;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void aPlaceIsTheFieldOfItsLevel() {
        assertThat(Refusals.of(new UnknownPlace(AssignmentLevel.BRANCH)))
                .isEqualTo(new Refusals.Answer(400, "VALIDATION_FAILED", null, "branch_id"));
        assertThat(Refusals.of(UnknownPlace.unit()).field()).isEqualTo("unit_id");
    }

    @Test
    void rulesAreWordedAsTheContractWordsThem() {
        assertThat(Refusals.of(new NotAMember(new TaskId(1))))
                .isEqualTo(new Refusals.Answer(403, "NO_ACCESS", null, null));
        assertThat(Refusals.of(new LastAdministrator()).messageKey()).isEqualTo("error.CONFLICT.last_administrator");
        assertThat(Refusals.of(new SignInChallengeGone()).messageKey()).isEqualTo("error.TOKEN_INVALID.mfa_token");
        assertThat(Refusals.of(new UnknownReply(new MessageId(7))).field()).isEqualTo("reply_to");
    }
}
