package io.gerbang.adapters.rest.dto;

import io.gerbang.adapters.rest.request.Inputs;
import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.user.ChangePassword;

/** POST /auth/password. */
public record PasswordChangeRequest(String currentPassword, String newPassword) {

    public ChangePassword.Command command(Principal caller) {
        Inputs inputs = new Inputs();
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
