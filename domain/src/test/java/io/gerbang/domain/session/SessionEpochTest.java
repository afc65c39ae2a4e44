package io.gerbang.domain.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionEpochTest {

    @Test
    void aSignInOpensOnlyUnderTheEpochItReadBeforeItsCheck() {
        SessionEpoch read = new SessionEpoch(3);

        assertThat(read.admitsOpeningAt(new SessionEpoch(3))).isTrue();
        // every session was ended while it checked the password: whatever it checked may be stale
        assertThat(read.admitsOpeningAt(new SessionEpoch(4))).isFalse();
        // a store that forgot the epoch (expired) is not a reason to let it through either
        assertThat(read.admitsOpeningAt(SessionEpoch.FIRST)).isFalse();
    }

    @Test
    void anEpochIsNotNegative() {
        assertThatThrownBy(() -> new SessionEpoch(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
