package io.gerbang.adapters.rest.dto;

public record RefreshRequest(String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[****]";
    }
}
