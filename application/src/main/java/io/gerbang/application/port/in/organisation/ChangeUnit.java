package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Operator;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import java.util.Objects;

/**
 * Renames a unit of the tenant and/or gives it a code ({@code update-unit} at the admin command line). A unit
 * the tenant does not have is unknown; a name another unit of its branch has, or a code another unit of the
 * tenant has, is a conflict, and nothing changes. Profiles that name the unit show the change at once.
 */
public interface ChangeUnit {

    void change(Command command);

    /** {@code name} and {@code code}: null leaves that one as it is; at least one is given. */
    record Command(Operator operator, UnitId unit, PlaceName name, UnitCode code) {
        public Command {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(unit, "unit");
            if (name == null && code == null) {
                throw new IllegalArgumentException("a new name or a code is needed");
            }
        }
    }
}
