package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.organisation.OpenUnit;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.UnitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "create-unit",
        description = "Open a unit (a department, a study programme) under a branch of the tenant; the roles given "
                + "at the branch and company above it reach it at once. "
                + "Prints {id, branch_id, company_id, name, code}.")
final class CreateUnitCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--branch", required = true, description = "the branch's id (create-branch prints it)")
    private BranchId branch;

    @Option(names = "--name", required = true, description = "the unit's name, unique in its branch whatever its case")
    private PlaceName name;

    @Option(
            names = "--code",
            description = "the unit's code (a study programme's prodi_id): 1 to 16 of A-Z, 0-9 "
                    + "and -, unique in the tenant")
    private UnitCode code;

    @Override
    public Integer call() {
        return inSession(session -> {
            OpenUnit.OpenedUnit opened =
                    session.port(OpenUnit.class).open(new OpenUnit.Command(tenant.operator(), branch, name, code));
            OrgUnit unit = opened.unit();
            return new Opened(
                    unit.id().value(),
                    unit.branchId().value(),
                    unit.companyId().value(),
                    opened.name().value(),
                    UnitCode.valueOf(unit.code()));
        });
    }

    record Opened(long id, long branchId, long companyId, String name, String code) {}
}
