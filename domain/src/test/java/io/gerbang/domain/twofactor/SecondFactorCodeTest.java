package io.gerbang.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.SecondFactorCode.TotpCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecondFactorCodeTest {

    @Test
    void sixDigitsAreATotpCode() {
        assertThat(SecondFactorCode.parse(" 012345 ")).isEqualTo(new TotpCode("012345"));
    }

    @Test
    void aRecoveryCodeIsReadInEitherCaseWithOrWithoutItsDash() {
        RecoveryCode expected = new RecoveryCode("abcdefghjk");
        assertThat(SecondFactorCode.parse("abcde-fghjk")).isEqualTo(expected);
        assertThat(SecondFactorCode.parse("ABCDEFGHJK")).isEqualTo(expected);
        assertThat(expected.shown()).isEqualTo("abcde-fghjk");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "12345",
                "1234567",
                "12345a",
                "abcdefghi",
                "abcde-fghij-k",
                "abcde_fghjk",
                "abcdefgh1k",
                "١٢٣٤٥٦"
            })
    void anythingElseIsNotACode(String typed) {
        assertThatThrownBy(() -> SecondFactorCode.parse(typed)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aLongTextIsNotACode() {
        assertThatThrownBy(() -> SecondFactorCode.parse("1".repeat(300))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesAreNeverPrinted() {
        assertThat(new TotpCode("123456").toString()).doesNotContain("123456");
        assertThat(new RecoveryCode("abcdefghjk").toString()).doesNotContain("abcde");
    }
}
