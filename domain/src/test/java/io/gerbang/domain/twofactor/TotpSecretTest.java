package io.gerbang.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TotpSecretTest {

    @Test
    void aSecretIsTwentyBytesAndNeverPrinted() {
        byte[] bytes = new byte[20];
        bytes[0] = 42;
        TotpSecret secret = new TotpSecret(bytes);
        bytes[0] = 0;
        assertThat(secret.bytes()[0]).isEqualTo((byte) 42);
        assertThat(secret.toString()).isEqualTo("TotpSecret[****]");
        assertThatThrownBy(() -> new TotpSecret(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
