package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.user.UserId;

/** A user named in a command is not of the caller's tenant. */
public final class UnknownUser extends Refused {

    private final UserId user;

    public UnknownUser(UserId user) {
        super("UnknownUser");
        this.user = user;
    }

    public UserId user() {
        return user;
    }
}
