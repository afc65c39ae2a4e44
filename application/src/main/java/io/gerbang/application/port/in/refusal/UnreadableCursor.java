package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;

/** A page cursor that this service did not write, or that names another listing. */
public final class UnreadableCursor extends Refused {

    public UnreadableCursor() {
        super("UnreadableCursor");
    }
}
