package io.gerbang.application.port.in.signin;

/** What a right password gets: a session ({@link LoginResult}), or a request for the second factor. */
public sealed interface SignInOutcome permits LoginResult, SignInOutcome.SecondFactorRequired {

    /** Two-factor is on: no tokens yet, only the {@code mfa_token} to present with a code. */
    record SecondFactorRequired(String mfaToken, long expiresInSeconds) implements SignInOutcome {
        @Override
        public String toString() {
            return "SecondFactorRequired[****]";
        }
    }
}
