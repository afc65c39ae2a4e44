package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** The caller holds no grant for what they asked: no assignment with the permission, or not over that place. */
public final class NotPermitted extends Refused {

    public NotPermitted() {
        super("NotPermitted");
    }
}
