package io.gerbang.application.port.out;

import io.gerbang.domain.user.UserId;

/** Tells every node that what a user's profile is built from has changed, so no node serves it stale. */
public interface ProfileChanges {

    void changed(UserId user);

    /**
     * Tells every node that what any profile is built from may have changed: a unit opened under the branches
     * and companies that roles are given at, which those roles now reach.
     */
    void everyoneChanged();
}
