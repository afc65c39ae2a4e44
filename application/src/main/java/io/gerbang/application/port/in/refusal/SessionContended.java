package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** A session changed under every attempt to rotate it: refusing is safer than guessing. */
public final class SessionContended extends Refused {

    public SessionContended() {
        super("SessionContended");
    }
}
