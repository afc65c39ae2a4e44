package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.OpenUnit;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.PlaceName;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "create-unit",
        description = "Open a unit (a department, a study programme) under a branch of the tenant; the roles given "
                + "at the branch and company above it reach it at once. Prints {id, branch_id, company_id, name}.")
final class CreateUnitCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--branch", required = true, description = "the branch's id (create-branch prints it)")
    private BranchId branch;

    @Option(names = "--name", required = true, description = "the unit's name, unique in its branch whatever its case")
    private PlaceName name;

    @Override
    public Integer call() {
        return inSession(session -> {
            OpenUnit.OpenedUnit opened = session.port(OpenUnit.class)
                    .open(new OpenUnit.Command(tenant.operator(), branch, name));
            OrgUnit unit = opened.unit();
            return new Opened(unit.id().value(), unit.branchId().value(), unit.companyId().value(),
                    opened.name().value());
        });
    }

    record Opened(long id, long branchId, long companyId, String name) {
    }
}
