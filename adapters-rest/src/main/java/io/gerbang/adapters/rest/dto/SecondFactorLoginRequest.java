package io.gerbang.adapters.rest.dto;

/** POST /auth/login-2fa. */
public record SecondFactorLoginRequest(String mfaToken, String code) {

    @Override
    public String toString() {
        return "SecondFactorLoginRequest[****]";
    }
}
