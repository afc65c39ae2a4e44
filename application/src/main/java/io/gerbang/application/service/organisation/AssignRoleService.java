package io.gerbang.application.service.organisation;

import io.gerbang.application.model.UserProfile.GrantedRole;
import io.gerbang.application.port.in.organisation.AssignRole;
import io.gerbang.application.port.in.refusal.AlreadyExists;
import io.gerbang.application.port.in.refusal.ChangedMeanwhile;
import io.gerbang.application.port.in.refusal.UnknownPlace;
import io.gerbang.application.port.in.refusal.UnknownRole;
import io.gerbang.application.port.out.Organisation;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.RoleAssignments;
import io.gerbang.application.port.out.Roles;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.service.user.ProfileAssembler;
import io.gerbang.domain.access.AssignmentId;
import io.gerbang.domain.access.AssignmentLevel;
import io.gerbang.domain.access.OrgNode;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.Role;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.User;
import java.util.Optional;

public class AssignRoleService implements AssignRole {

    private final Roles roles;
    private final RoleAssignments assignments;
    private final Organisation organisation;
    private final ProfileChanges profileChanges;
    private final ProfileAssembler profiles;
    private final AccessGuard guard;
    private final SecurityEvents events;

    public AssignRoleService(
            Roles roles,
            RoleAssignments assignments,
            Organisation organisation,
            ProfileChanges profileChanges,
            ProfileAssembler profiles,
            AccessGuard guard,
            SecurityEvents events) {
        this.roles = roles;
        this.assignments = assignments;
        this.organisation = organisation;
        this.profileChanges = profileChanges;
        this.profiles = profiles;
        this.guard = guard;
        this.events = events;
    }

    @Override
    public GrantedRole assign(Command command) {
        TenantId tenant = command.caller().tenant();
        Scope scope = guard.scopeFor(command.caller(), Permissions.ROLES_ASSIGN);
        User user = guard.userWithin(command.caller(), scope, command.user());
        Role role = roles.byId(tenant, command.role()).orElseThrow(() -> new UnknownRole());
        OrgNode node = nodeOf(tenant, command);
        guard.ensureMayGrant(command.caller(), role, node);
        AssignmentId id = assignments.add(tenant, user.id(), role.id(), node).orElseThrow(() -> new AlreadyExists());
        profileChanges.changed(user.id());
        events.record(new Event(Kind.ROLE_ASSIGNED, tenant, user.id(), "role:" + role.id()));
        return profiles.profileOf(user.id()).roles().stream()
                .filter(granted -> granted.assignment().equals(id))
                .findFirst()
                // taken back by somebody else between the two statements
                .orElseThrow(() -> new ChangedMeanwhile());
    }

    /** The tenant's node named by the id of the assignment's level, which any ids given beside it must agree with. */
    private OrgNode nodeOf(TenantId tenant, Command command) {
        AssignmentLevel level = command.level();
        Optional<OrgNode> named = switch (level) {
            case COMPANY -> Optional.ofNullable(command.companyId()).flatMap(id -> organisation.company(tenant, id));
            case BRANCH -> Optional.ofNullable(command.branchId()).flatMap(id -> organisation.branch(tenant, id));
            case UNIT ->
                Optional.ofNullable(command.unitId())
                        .flatMap(id -> organisation.unit(tenant, id))
                        .map(OrgNode::unit);
        };
        OrgNode node = named.orElseThrow(() -> new UnknownPlace(level));
        node.disagreementWith(command.companyId(), command.branchId(), command.unitId())
                .ifPresent(other -> {
                    throw new UnknownPlace(other);
                });
        return node;
    }
}
