package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** No session of the caller's reach has this id. */
public final class UnknownSession extends Refused {

    public UnknownSession() {
        super("UnknownSession");
    }
}
