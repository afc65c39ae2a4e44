package io.gerbang.adapters.persistence.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import io.gerbang.domain.twofactor.SecondFactorCode.TotpCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OtpTotpTest {

    /** RFC 6238's SHA-1 seed, "12345678901234567890". */
    private static final TotpSecret RFC_SEED =
            new TotpSecret("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    private final OtpTotp totp = new OtpTotp();

    @Test
    void theCodesAreRfc6238sTestVectorsCutToSixDigits() {
        // Appendix B: 94287082 at 59 s, 07081804 at 1111111109 s, 14050471 at 1111111111 s
        assertThat(totp.matches(RFC_SEED, TotpStep.at(Instant.ofEpochSecond(59)), new TotpCode("287082")))
                .isTrue();
        assertThat(totp.matches(RFC_SEED, TotpStep.at(Instant.ofEpochSecond(1111111109)), new TotpCode("081804")))
                .isTrue();
        assertThat(totp.matches(RFC_SEED, TotpStep.at(Instant.ofEpochSecond(1111111111)), new TotpCode("050471")))
                .isTrue();
        assertThat(totp.matches(RFC_SEED, TotpStep.at(Instant.ofEpochSecond(59)), new TotpCode("287083")))
                .isFalse();
    }

    @Test
    void theEnrolmentNamesTheAccountAndTheParametersOfEveryAuthenticatorApp() {
        var enrolment = totp.enrolment(RFC_SEED, "naruto@company.com");
        assertThat(enrolment.secret()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(enrolment.uri())
                .startsWith("otpauth://totp/Gerbang:naruto%40company.com?")
                .contains(
                        "secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
                        "issuer=Gerbang",
                        "digits=6",
                        "period=30",
                        "algorithm=SHA1");
        assertThat(OtpTotp.codeAt(enrolment.secret(), new TotpStep(1))).isEqualTo("287082");
    }

    @Test
    void recoveryCodesAreTenDistinctCodesOfTheAlphabet() {
        assertThat(totp.newRecoveryCodes(10)).hasSize(10).doesNotHaveDuplicates();
    }
}
