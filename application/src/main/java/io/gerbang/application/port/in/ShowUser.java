package io.gerbang.application.port.in;

import io.gerbang.domain.user.UserId;

/** One user's profile, if the caller's users.read scope covers them; anyone else is not found. */
public interface ShowUser {

    UserProfile show(Principal caller, UserId user);
}
