package io.gerbang.application.service.organisation;

import io.gerbang.application.port.in.organisation.OpenBranch;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.BranchId;
import io.gerbang.domain.tenant.TenantId;

public class OpenBranchService implements OpenBranch {

    private final Organisation organisation;
    private final AccessGuard guard;

    public OpenBranchService(Organisation organisation, AccessGuard guard) {
        this.organisation = organisation;
        this.guard = guard;
    }

    @Override
    public OpenedBranch open(Command command) {
        TenantId tenant = command.operator().tenant();
        guard.ensureTenantExists(command.operator());
        organisation.company(tenant, command.company()).orElseThrow(() -> new UnknownPlace(AssignmentLevel.COMPANY));
        BranchId id = organisation
                .addBranch(tenant, command.company(), command.name())
                .orElseThrow(AlreadyExists::new);
        // a branch without units widens nobody's reach: no profile changes
        return new OpenedBranch(id, command.company(), command.name());
    }
}
