package io.gerbang.application.port.in.user;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.user.PlainPassword;
import java.util.Objects;

/** Sets a new password after checking the current one; every other session of the user ends. */
public interface ChangePassword {

    void change(Command command);

    record Command(Principal caller, PlainPassword currentPassword, PlainPassword newPassword) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(currentPassword, "currentPassword");
            Objects.requireNonNull(newPassword, "newPassword");
        }
    }
}
