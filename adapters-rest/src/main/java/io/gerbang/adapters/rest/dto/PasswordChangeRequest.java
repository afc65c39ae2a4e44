package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.RequestFields;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.user.ChangePassword;

/** POST /auth/password. */
public record PasswordChangeRequest(String currentPassword, String newPassword) {

    public ChangePassword.Command command(Principal caller) {
        RequestFields inputs = new RequestFields();
        var current = Credentials.presentedPassword(inputs, "current_password", currentPassword);
        var next = Credentials.newPassword(inputs, "new_password", newPassword);
        inputs.check();
        return new ChangePassword.Command(caller, current, next);
    }

    @Override
    public String toString() {
        return "PasswordChangeRequest[****]";
    }
}
