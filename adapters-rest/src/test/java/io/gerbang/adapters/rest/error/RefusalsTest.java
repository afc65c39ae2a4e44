package io.gerbang.adapters.rest.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.application.port.in.refusal.LastAdministrator;
import io.gerbang.application.port.in.refusal.NotAMember;
import io.gerbang.application.port.in.refusal.Refused;
import io.gerbang.application.port.in.refusal.SignInChallengeGone;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.in.refusal.UnknownReply;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.task.TaskId;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class RefusalsTest {

    @Test
    void everyKindOfRefusalHasAnAnswer() {
        assertThat(Refused.class.getPermittedSubclasses()).hasSizeGreaterThan(30)
                .allSatisfy(kind -> assertThat(Refusals.answers(kind)).as(kind.getSimpleName()).isTrue());
    }

    @Test
    void everyAnswerIsWordedInBothLanguages() {
        assertThat(Arrays.stream(Refused.class.getPermittedSubclasses())).allSatisfy(kind -> {
            Refusals.Answer answer = Refusals.of(sample(kind));
            assertThat(Messages.text(Messages.Language.EN, answer.messageKey())).as(kind.getSimpleName())
                    .isNotEqualTo(answer.messageKey());
            assertThat(Messages.text(Messages.Language.ID, answer.messageKey())).as(kind.getSimpleName())
                    .isNotEqualTo(answer.messageKey());
        });
    }

    @Test
    void aPlaceIsTheFieldOfItsLevel() {
        assertThat(Refusals.of(new UnknownPlace(AssignmentLevel.BRANCH)))
                .isEqualTo(new Refusals.Answer(400, "VALIDATION_FAILED", null, "branch_id"));
        assertThat(Refusals.of(UnknownPlace.unit()).field()).isEqualTo("unit_id");
    }

    @Test
    void rulesAreWordedAsTheContractWordsThem() {
        assertThat(Refusals.of(new NotAMember(new TaskId(1)))).isEqualTo(new Refusals.Answer(403, "NO_ACCESS", null, null));
        assertThat(Refusals.of(new LastAdministrator()).messageKey()).isEqualTo("error.CONFLICT.last_administrator");
        assertThat(Refusals.of(new SignInChallengeGone()).messageKey()).isEqualTo("error.TOKEN_INVALID.mfa_token");
        assertThat(Refusals.of(new UnknownReply(7L)).field()).isEqualTo("reply_to");
    }

    /** One of a kind, with whatever facts its constructor takes (null, zero, the unit level). */
    static Refused sample(Class<?> kind) {
        try {
            var constructor = kind.getConstructors()[0];
            Object[] arguments = Arrays.stream(constructor.getParameterTypes())
                    .map(type -> type == long.class ? (Object) 0L : type == AssignmentLevel.class ? AssignmentLevel.UNIT : null)
                    .toArray();
            return (Refused) constructor.newInstance(arguments);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(kind.getName(), e);
        }
    }
}
