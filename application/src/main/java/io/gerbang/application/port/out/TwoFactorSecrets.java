package io.gerbang.application.port.out;

import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where each user's TOTP secret (kept encrypted) and recovery codes (kept only as keyed hashes) are stored,
 * beside the user's {@code two_factor_enabled} flag, which changes with them in one transaction.
 */
public interface TwoFactorSecrets {

    /** Keeps a secret awaiting its first code, replacing an unconfirmed one. */
    void keepPending(UserId user, TotpSecret secret);

    Optional<TotpSecret> pending(UserId user);

    /** The secret of a user with two-factor on. */
    Optional<TotpSecret> active(UserId user);

    /**
     * Turns two-factor on with the pending secret and these recovery codes, if the pending secret is still
     * {@code confirmed} (the one a code was just checked against: a setup racing the enable may have replaced
     * it); false (nothing written) when it is not, or it is already on.
     */
    boolean enable(UserId user, TotpSecret confirmed, List<RecoveryCode> recoveryCodes, Instant now);

    /** Turns two-factor off and forgets the secret and the codes; false when it was off. */
    boolean disable(UserId user, Instant now);

    /** Uses up one of the user's recovery codes; false when it is not one of theirs or was used before. */
    boolean useRecoveryCode(UserId user, RecoveryCode code, Instant now);
}
