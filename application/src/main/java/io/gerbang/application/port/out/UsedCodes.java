package io.gerbang.application.port.out;

import io.gerbang.domain.twofactor.TotpStep;
import io.gerbang.domain.user.UserId;

/**
 * The last TOTP step accepted for each user, shared by every node: claiming a step is atomic, so two
 * requests with one code, on one node or two, give one success ({@link TotpStep#usableAfter}).
 */
public interface UsedCodes {

    /** True when the step was usable and is now the user's last; false when it (or a later one) was used. */
    boolean claim(UserId user, TotpStep step);
}
