package io.gerbang.application.port.in.user;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.UserProfile;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserIdentity;
import java.util.Objects;

/** Registers a user in a unit the caller's users.write scope covers (or tenant-wide, for a tenant-wide scope). */
public interface CreateUser {

    UserProfile create(Command command);

    record Command(
            Caller caller,
            UserIdentity identity,
            Email email,
            DisplayName name,
            PlainPassword password,
            UnitId unitId,
            boolean active) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(password, "password");
        }
    }
}
