package io.gerbang.application.port.out;

import io.gerbang.domain.user.UserId;

/** Tells every node that what a user's profile is built from has changed, so no node serves it stale. */
public interface ProfileChanges {

    void changed(UserId user);
}
