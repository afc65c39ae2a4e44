package io.gerbang.application.port.in.organisation;

import io.gerbang.application.model.Operator;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.CompanyId;
import io.gerbang.domain.access.PlaceName;
import java.util.Objects;

/**
 * Opens a branch under a company of the tenant. Only the operator grows the organisation tree, at the admin
 * command line, as only the operator opens a tenant. A company the tenant does not have names no place; a
 * name another branch of that company has (in any case) is a conflict.
 */
public interface OpenBranch {

    OpenedBranch open(Command command);

    record Command(Operator operator, CompanyId company, PlaceName name) {
        public Command {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(company, "company");
            Objects.requireNonNull(name, "name");
        }
    }

    record OpenedBranch(BranchId id, CompanyId company, PlaceName name) {}
}
