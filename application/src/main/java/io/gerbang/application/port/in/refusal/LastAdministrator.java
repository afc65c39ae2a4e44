package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The change would leave the tenant without an administrator: an active user with roles.assign over its company. */
public final class LastAdministrator extends Refused {

    public LastAdministrator() {
        super("LastAdministrator");
    }
}
