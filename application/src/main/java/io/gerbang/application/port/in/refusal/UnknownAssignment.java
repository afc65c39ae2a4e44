package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.shared.Refused;
/** The user holds no role assignment with this id. */
public final class UnknownAssignment extends Refused {

    private final long assignment;

    public UnknownAssignment(long assignment) {
        super("UnknownAssignment");
        this.assignment = assignment;
    }

    public long assignment() {
        return assignment;
    }
}
