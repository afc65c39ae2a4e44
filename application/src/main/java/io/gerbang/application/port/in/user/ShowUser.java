package io.gerbang.application.port.in.user;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.UserProfile;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/** One user's profile, if the caller's users.read scope covers them; anyone else is not found. */
public interface ShowUser {

    UserProfile show(Query query);

    record Query(Principal caller, UserId user) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
        }
    }
}
