package io.gerbang.bootstrap.testing;

import io.gerbang.adapters.persistence.twofactor.OtpTotp;
import io.gerbang.domain.twofactor.TotpStep;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Codes as an authenticator app would show them for a base32 secret, and codes it never would. */
public final class TotpCodes {

    private TotpCodes() {}

    /** The code of the next 30 s step (accepted now, and not yet used by a code of the current step). */
    public static String next(String secret) {
        return OtpTotp.codeAt(secret, new TotpStep(TotpStep.at(Instant.now()).index() + 1));
    }

    /** A 6-digit code that none of the steps around now has. */
    public static String wrong(String secret) {
        Set<String> right = new HashSet<>();
        long now = TotpStep.at(Instant.now()).index();
        for (long step = now - 2; step <= now + 2; step++) {
            right.add(OtpTotp.codeAt(secret, new TotpStep(step)));
        }
        for (int candidate = 0; ; candidate++) {
            String code = String.format("%06d", candidate);
            if (!right.contains(code)) {
                return code;
            }
        }
    }
}
