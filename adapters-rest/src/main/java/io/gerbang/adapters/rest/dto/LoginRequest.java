package io.gerbang.adapters.rest.dto;

/** POST /auth/login and /auth/login-email. */
public record LoginRequest(String userIdentity, String email, String password, String userAgent, String ip) {

    @Override
    public String toString() {
        return "LoginRequest[" + userIdentity + ", " + email + ", ****]";
    }
}
