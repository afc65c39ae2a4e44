package io.gerbang.bootstrap.admin;

import io.gerbang.application.port.in.organisation.ChangeUnit;
import io.gerbang.domain.access.PlaceName;
import io.gerbang.domain.access.UnitCode;
import io.gerbang.domain.access.UnitId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "update-unit",
        description = "Rename a unit of the tenant and/or give it a code (a study programme's prodi_id). "
                + "Prints {id, name, code} as given.")
final class UpdateUnitCommand extends AdminSubcommand {

    @Mixin
    private Options.Tenant tenant;

    @Option(names = "--unit", required = true, description = "the unit's id")
    private UnitId unit;

    @Option(names = "--name", description = "a new name, unique in its branch whatever its case")
    private PlaceName name;

    @Option(names = "--code", description = "a code: 1 to 16 of A-Z, 0-9 and -, unique in the tenant")
    private UnitCode code;

    @Override
    public Integer call() {
        if (name == null && code == null) {
            throw usage("give --name, --code or both");
        }
        return inSession(session -> {
            session.port(ChangeUnit.class).change(new ChangeUnit.Command(tenant.operator(), unit, name, code));
            return new Changed(unit.value(), name == null ? null : name.value(), UnitCode.valueOf(code));
        });
    }

    record Changed(long id, String name, String code) {}
}
