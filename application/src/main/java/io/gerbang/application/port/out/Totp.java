package io.gerbang.application.port.out;

import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.SecondFactorCode.TotpCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import java.util.List;

/** The TOTP algorithm (RFC 6238, SHA-1, 6 digits, 30 s) and the randomness two-factor needs. */
public interface Totp {

    TotpSecret newSecret();

    boolean matches(TotpSecret secret, TotpStep step, TotpCode code);

    /** What an authenticator app is given: the secret in base32 and the {@code otpauth://} URI naming the account. */
    Enrolment enrolment(TotpSecret secret, String account);

    List<RecoveryCode> newRecoveryCodes(int count);

    record Enrolment(String secret, String uri) {
        @Override
        public String toString() {
            return "Enrolment[****]";
        }
    }
}
