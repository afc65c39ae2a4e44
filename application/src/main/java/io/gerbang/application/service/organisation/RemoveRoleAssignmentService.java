package io.gerbang.application.service.organisation;

import io.gerbang.application.port.in.organisation.RemoveRoleAssignment;
import io.gerbang.application.port.in.refusal.LastAdministrator;
import io.gerbang.application.port.in.refusal.UnknownAssignment;
import io.gerbang.application.port.out.ProfileChanges;
import io.gerbang.application.port.out.RoleAssignments;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.application.port.out.Sessions;
import io.gerbang.application.port.out.TenantAdministration;
import io.gerbang.application.port.out.Transactions;
import io.gerbang.domain.access.Permissions;
import io.gerbang.domain.access.RoleAssignment;
import io.gerbang.domain.access.Scope;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.User;

public class RemoveRoleAssignmentService implements RemoveRoleAssignment {

    private final RoleAssignments assignments;
    private final TenantAdministration administration;
    private final Transactions transactions;
    private final Sessions sessions;
    private final ProfileChanges profileChanges;
    private final AccessGuard guard;
    private final SecurityEvents events;

    public RemoveRoleAssignmentService(
            RoleAssignments assignments,
            TenantAdministration administration,
            Transactions transactions,
            Sessions sessions,
            ProfileChanges profileChanges,
            AccessGuard guard,
            SecurityEvents events) {
        this.assignments = assignments;
        this.administration = administration;
        this.transactions = transactions;
        this.sessions = sessions;
        this.profileChanges = profileChanges;
        this.guard = guard;
        this.events = events;
    }

    @Override
    public void remove(Command command) {
        TenantId tenant = command.caller().tenant();
        Scope scope = guard.scopeFor(command.caller(), Permissions.ROLES_ASSIGN);
        User user = guard.userWithin(command.caller(), scope, command.user());
        RoleAssignment assignment = assignments
                .of(tenant, user.id(), command.assignment())
                .orElseThrow(() -> new UnknownAssignment(command.assignment()));
        guard.ensureMayWithdrawAt(command.caller(), assignment.node());
        transactions.inOne(() -> {
            // the tenant keeps an administrator: decided under its lock, held until the removal is stored
            if (!administration.lockAndRead(tenant).survivesRemovalOf(assignment.id())) {
                throw new LastAdministrator();
            }
            if (!assignments.remove(tenant, user.id(), assignment.id())) {
                throw new UnknownAssignment(command.assignment());
            }
            return null;
        });
        profileChanges.changed(user.id());
        events.record(new Event(Kind.ROLE_REMOVED, tenant, user.id(), "assignment:" + assignment.id()));
        // what the user's sessions could do rested on it: they end, their access tokens are refused at once
        sessions.endAllOf(tenant, user.id(), null);
    }
}
