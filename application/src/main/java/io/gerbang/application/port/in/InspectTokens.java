package io.gerbang.application.port.in;

import io.gerbang.domain.user.UserId;

/** Lists a user's live tokens: the caller's own, or anyone's in the tenant with auth.sessions.manage. */
public interface InspectTokens {

    TokenInventory inspect(Principal caller, UserId user);
}
