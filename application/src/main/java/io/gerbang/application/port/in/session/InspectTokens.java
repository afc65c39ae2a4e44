package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/** Lists a user's live tokens: the caller's own, or anyone's in the tenant with auth.sessions.manage. */
public interface InspectTokens {

    TokenInventory inspect(Query query);

    record Query(Principal caller, UserId user) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
        }
    }
}
