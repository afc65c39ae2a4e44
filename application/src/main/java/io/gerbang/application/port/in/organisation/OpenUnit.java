package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Operator;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.UnitCode;
import java.util.Objects;

/**
 * Opens a unit (a department, a study programme) under a branch of the tenant: where people, tasks and
 * unit-level roles can then be placed. Only the operator does this, at the admin command line. The roles given
 * at the branch or company above it reach the new unit at once, on every node. A branch the tenant does not
 * have names no place; a name another unit of that branch has (in any case) is a conflict.
 */
public interface OpenUnit {

    OpenedUnit open(Command command);

    /** {@code code}: the unit's code, or null for none. */
    record Command(Operator operator, BranchId branch, PlaceName name, UnitCode code) {
        public Command {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(branch, "branch");
            Objects.requireNonNull(name, "name");
        }
    }

    record OpenedUnit(OrgUnit unit, PlaceName name) {}
}
