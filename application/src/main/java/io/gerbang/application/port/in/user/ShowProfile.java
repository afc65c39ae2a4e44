package io.gerbang.application.port.in.user;

import io.gerbang.application.model.Principal;
import io.gerbang.application.model.UserProfile;

/** The caller as a {@link UserProfile} (GET /auth/me). */
public interface ShowProfile {

    UserProfile profileOf(Principal caller);
}
