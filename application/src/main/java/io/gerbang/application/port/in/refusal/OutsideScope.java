package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.user.UserId;

/** A user outside the caller's scope, or of another tenant: told as if absent, so their existence does not leak. */
public final class OutsideScope extends Refused {

    private final UserId user;

    public OutsideScope(UserId user) {
        super("OutsideScope");
        this.user = user;
    }

    public UserId user() {
        return user;
    }
}
