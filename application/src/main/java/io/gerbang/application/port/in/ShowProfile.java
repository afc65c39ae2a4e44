package io.gerbang.application.port.in;

/** The caller as a {@link UserProfile} (GET /auth/me). */
public interface ShowProfile {

    UserProfile profileOf(Principal caller);
}
