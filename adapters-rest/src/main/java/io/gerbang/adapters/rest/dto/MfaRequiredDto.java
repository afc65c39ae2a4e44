package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.signin.SignInOutcome;

/** The answer to a right password when two-factor is on: no tokens, a challenge to finish. */
public record MfaRequiredDto(boolean mfaRequired, String mfaToken, long expiresIn) {

    public static MfaRequiredDto of(SignInOutcome.SecondFactorRequired required) {
        return new MfaRequiredDto(true, required.mfaToken().value(), required.expiresInSeconds());
    }

    @Override
    public String toString() {
        return "MfaRequiredDto[****]";
    }
}
