package io.gerbang.application.port.in.session;

import io.gerbang.application.model.Principal;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/** Counts a user's live tokens and sessions, under the same rule as {@link InspectTokens}. */
public interface CountSessions {

    SessionCount count(Query query);

    record SessionCount(UserId user, int accessTokenCount, int refreshTokenCount, int totalSessions) {}

    record Query(Principal caller, UserId user) {

        public Query {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(user, "user");
        }
    }
}
