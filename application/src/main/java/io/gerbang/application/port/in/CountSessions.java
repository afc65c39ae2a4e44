package io.gerbang.application.port.in;

import io.gerbang.domain.user.UserId;

/** Counts a user's live tokens and sessions, under the same rule as {@link InspectTokens}. */
public interface CountSessions {

    SessionCount count(Principal caller, UserId user);

    record SessionCount(UserId user, int accessTokenCount, int refreshTokenCount, int totalSessions) {
    }
}
