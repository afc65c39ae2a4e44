package io.gerbang.adapters.rest.dto;

import io.gerbang.application.port.in.ManageTwoFactor;

/** POST /auth/2fa/setup: the secret for an authenticator app, this once. */
public record TwoFactorSetupDto(String secret, String otpauthUri) {

    public static TwoFactorSetupDto of(ManageTwoFactor.Enrolment enrolment) {
        return new TwoFactorSetupDto(enrolment.secret(), enrolment.otpauthUri());
    }

    @Override
    public String toString() {
        return "TwoFactorSetupDto[****]";
    }
}
