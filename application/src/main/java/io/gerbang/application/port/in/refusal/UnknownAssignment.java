package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.shared.Refused;

/** The user holds no role assignment with this id. */
public final class UnknownAssignment extends Refused {

    private final AssignmentId assignment;

    public UnknownAssignment(AssignmentId assignment) {
        super("UnknownAssignment");
        this.assignment = assignment;
    }

    public AssignmentId assignment() {
        return assignment;
    }
}
