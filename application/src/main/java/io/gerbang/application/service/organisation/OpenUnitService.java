package io.gerbang.application.service.organisation;

import io.gerbang.application.port.in.organisation.OpenUnit;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.OrgUnit;
import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;

public class OpenUnitService implements OpenUnit {

    private final Organisation organisation;
    private final ProfileChanges profileChanges;
    private final AccessGuard guard;

    public OpenUnitService(Organisation organisation, ProfileChanges profileChanges, AccessGuard guard) {
        this.organisation = organisation;
        this.profileChanges = profileChanges;
        this.guard = guard;
    }

    @Override
    public OpenedUnit open(Command command) {
        TenantId tenant = command.operator().tenant();
        guard.ensureTenantExists(command.operator());
        OrgNode branch = organisation
                .branch(tenant, command.branch())
                .orElseThrow(() -> new UnknownPlace(AssignmentLevel.BRANCH));
        UnitId id = organisation
                .addUnit(tenant, command.branch(), command.name(), command.code())
                .orElseThrow(AlreadyExists::new);
        // the roles given at the branch and company above it reach the unit now: no node may keep the old reach
        profileChanges.everyoneChanged();
        return new OpenedUnit(new OrgUnit(id, branch.branchId(), branch.companyId(), command.code()), command.name());
    }
}
