package io.gerbang.domain.limit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SlowDownTest {

    @Test
    void withinTheLimitNothingWaits() {
        assertThat(SlowDown.after(0)).isZero();
        assertThat(SlowDown.after(-3)).isZero();
    }

    @Test
    void pastTheLimitTheWaitDoublesUpToFiveSeconds() {
        assertThat(SlowDown.after(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(SlowDown.after(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(SlowDown.after(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(SlowDown.after(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(SlowDown.after(6)).isEqualTo(Duration.ofSeconds(5));
        assertThat(SlowDown.after(1_000_000)).isEqualTo(Duration.ofSeconds(5));
    }
}
