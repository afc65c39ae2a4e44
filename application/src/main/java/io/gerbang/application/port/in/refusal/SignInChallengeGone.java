package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The pending two-factor sign-in is unknown, finished or expired: the person signs in again. */
public final class SignInChallengeGone extends Refused {

    public SignInChallengeGone() {
        super("SignInChallengeGone");
    }
}
