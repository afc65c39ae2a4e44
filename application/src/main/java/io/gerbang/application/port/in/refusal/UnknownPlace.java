package io.gerbang.application.port.in.refusal;

import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.shared.Refused;

/**
 * A place of the organisation named at one level (the company, a branch, a unit) that is not the tenant's, or
 * not the one above the place the command is about.
 */
public final class UnknownPlace extends Refused {

    private final AssignmentLevel level;

    public UnknownPlace(AssignmentLevel level) {
        super("UnknownPlace");
        this.level = level;
    }

    /** A unit that is not one of the tenant's: where a person or a task is placed. */
    public static UnknownPlace unit() {
        return new UnknownPlace(AssignmentLevel.UNIT);
    }

    public AssignmentLevel level() {
        return level;
    }
}
