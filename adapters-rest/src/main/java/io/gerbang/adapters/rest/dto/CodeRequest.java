package io.gerbang.adapters.rest.dto;

/** POST /auth/2fa/enable and /auth/2fa/disable. */
public record CodeRequest(String code) {

    @Override
    public String toString() {
        return "CodeRequest[****]";
    }
}
