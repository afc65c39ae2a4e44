package io.gerbang.application.service.organisation;

import io.gerbang.application.port.in.organisation.ChangeUnit;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.domain.access.AssignmentLevel;

public class ChangeUnitService implements ChangeUnit {

    private final Organisation organisation;
    private final ProfileChanges profileChanges;
    private final AccessGuard guard;

    public ChangeUnitService(Organisation organisation, ProfileChanges profileChanges, AccessGuard guard) {
        this.organisation = organisation;
        this.profileChanges = profileChanges;
        this.guard = guard;
    }

    @Override
    public void change(Command command) {
        guard.ensureTenantExists(command.operator());
        switch (organisation.changeUnit(command.operator().tenant(), command.unit(), command.name(), command.code())) {
            case NO_SUCH_UNIT -> throw new UnknownPlace(AssignmentLevel.UNIT);
            case TAKEN -> throw new AlreadyExists();
            case CHANGED -> profileChanges.everyoneChanged(); // profiles name the unit and its code
        }
    }
}
