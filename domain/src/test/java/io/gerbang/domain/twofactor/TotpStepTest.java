package io.gerbang.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpStepTest {

    @Test
    void aStepIsThirtySecondsCountedFromTheEpoch() {
        // RFC 6238's test vector time 59 s is in step 1; 1111111109 s is in step 37037036
        assertThat(TotpStep.at(Instant.ofEpochSecond(59))).isEqualTo(new TotpStep(1));
        assertThat(TotpStep.at(Instant.ofEpochSecond(1111111109))).isEqualTo(new TotpStep(37037036));
        assertThat(TotpStep.at(Instant.ofEpochSecond(60))).isEqualTo(new TotpStep(2));
    }

    @Test
    void theCurrentStepAndOneEitherSideAreAccepted() {
        assertThat(TotpStep.acceptedAt(Instant.ofEpochSecond(3000)))
                .containsExactly(new TotpStep(100), new TotpStep(99), new TotpStep(101));
    }

    @Test
    void aStepOnceUsedIsUsedUpAndSoIsEveryStepBeforeIt() {
        TotpStep used = new TotpStep(100);
        assertThat(new TotpStep(100).usableAfter(null)).isTrue();
        assertThat(new TotpStep(100).usableAfter(used)).isFalse();
        assertThat(new TotpStep(99).usableAfter(used)).isFalse();
        assertThat(new TotpStep(101).usableAfter(used)).isTrue();
    }
}
