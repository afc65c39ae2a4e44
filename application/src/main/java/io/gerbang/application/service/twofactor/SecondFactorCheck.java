package io.gerbang.application.service.twofactor;

import io.gerbang.application.port.out.Totp;
import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.application.port.out.UsedCodes;
import io.gerbang.domain.twofactor.SecondFactorCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import io.gerbang.domain.user.UserId;
import java.time.Clock;
import java.time.Instant;

/**
 * Whether a code proves the second factor of a user, using it up if so: a TOTP of an accepted step that no
 * earlier code of the user reached (claimed atomically, on every node), or one of their unused recovery codes.
 */
public class SecondFactorCheck {

    private final Totp totp;
    private final TwoFactorSecrets secrets;
    private final UsedCodes usedCodes;
    private final Clock clock;

    public SecondFactorCheck(Totp totp, TwoFactorSecrets secrets, UsedCodes usedCodes, Clock clock) {
        this.totp = totp;
        this.secrets = secrets;
        this.usedCodes = usedCodes;
        this.clock = clock;
    }

    /** With the secret of a user who has two-factor on: a TOTP or a recovery code. */
    public boolean proves(UserId user, SecondFactorCode code) {
        Instant now = clock.instant();
        if (code instanceof SecondFactorCode.RecoveryCode recovery) {
            return secrets.useRecoveryCode(user, recovery, now);
        }
        return secrets.active(user)
                .map(secret -> totpProves(user, secret, (SecondFactorCode.TotpCode) code, now))
                .orElse(false);
    }

    /** A TOTP of the given secret (the active one, or one awaiting its first code). */
    boolean totpProves(UserId user, TotpSecret secret, SecondFactorCode.TotpCode code, Instant now) {
        for (TotpStep step : TotpStep.acceptedAt(now)) {
            if (totp.matches(secret, step, code)) {
                return usedCodes.claim(user, secret, step);
            }
        }
        return false;
    }

    public Instant now() {
        return clock.instant();
    }
}
