package io.gerbang.application.port.out;

import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import io.gerbang.domain.user.UserId;

/**
 * The last TOTP step accepted for each user and secret, shared by every node: claiming a step is atomic, so two
 * requests with one code, on one node or two, give one success ({@link TotpStep#usableAfter}). The step belongs
 * to the secret it was accepted for: a new authenticator's first code is not refused because the old one's
 * last code fell in the same 30 seconds.
 */
public interface UsedCodes {

    /**
     * True when the step was usable and is now the last of this user's secret; false when it (or a later one)
     * was used with that secret.
     */
    boolean claim(UserId user, TotpSecret secret, TotpStep step);
}
