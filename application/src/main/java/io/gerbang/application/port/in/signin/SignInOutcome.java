package io.gerbang.application.port.in.signin;

import io.gerbang.domain.twofactor.ChallengeToken;

/** What a right password gets: a session ({@link LoginResult}), or a request for the second factor. */
public sealed interface SignInOutcome permits LoginResult, SignInOutcome.SecondFactorRequired {

    /** Two-factor is on: no tokens yet, only the {@code mfa_token} to present with a code. */
    record SecondFactorRequired(ChallengeToken mfaToken, long expiresInSeconds) implements SignInOutcome {
        @Override
        public String toString() {
            return "SecondFactorRequired[****]";
        }
    }
}
