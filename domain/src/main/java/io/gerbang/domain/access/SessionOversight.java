package io.gerbang.domain.access;

import io.gerbang.domain.user.UserId;
import java.util.Set;

/** Who may look at or end a user's sessions: the user, or a holder of auth.sessions.manage. */
public final class SessionOversight {

    private SessionOversight() {}

    public static boolean mayOversee(UserId actor, Set<Permission> actorPermissions, UserId target) {
        return actor.equals(target) || actorPermissions.contains(Permissions.SESSIONS_MANAGE);
    }
}
