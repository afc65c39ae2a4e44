package io.gerbang.application.port.in.user;

import io.gerbang.application.model.Caller;
import io.gerbang.application.model.UserProfile;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.user.DisplayName;
import io.gerbang.domain.user.PlainPassword;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * Changes a user the caller's users.write scope covers. Deactivating them or setting their password ends
 * every session they have, at once; any change shows in their next refreshed token.
 */
public interface UpdateUser {

    UserProfile update(Command command);

    /**
     * Null fields stay as they are; {@code unitGiven} tells a new unit (maybe null: tenant-wide) from none;
     * {@code twoFactorOff} turns the user's two-factor off (a lost phone), ending their sessions.
     */
    record Command(
            Caller caller,
            UserId user,
            DisplayName name,
            Boolean active,
            boolean unitGiven,
            UnitId unitId,
            PlainPassword password,
            boolean twoFactorOff) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
        }
    }
}
