package io.gerbang.adapters.rest.dto;

public record PasswordChangeRequest(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[****]";
    }
}
