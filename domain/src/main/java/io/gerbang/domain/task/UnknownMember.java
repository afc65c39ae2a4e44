package io.gerbang.domain.task;

import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.user.UserId;

/** The user to take out of a task is not one of its members. */
public final class UnknownMember extends Refused {

    private final UserId user;

    public UnknownMember(UserId user) {
        super("UnknownMember");
        this.user = user;
    }

    public UserId user() {
        return user;
    }
}
