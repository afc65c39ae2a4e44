package io.gerbang.domain.access;

import io.gerbang.domain.user.UserId;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The rule that a tenant which has an administrator keeps one: an active user holding a company-level
 * assignment of a role that grants {@code roles.assign} (who can give any role back to anyone). A change
 * that would leave none is refused. A tenant that never had one (a fresh partner, say) is not blocked.
 */
public final class TenantAdministrators {

    private final List<RoleAssignment> companyAssignments;
    private final Set<UserId> activeUsers;

    /**
     * @param companyAssignments the tenant's company-level assignments (others never administer)
     * @param activeUsers        which of their holders are active
     */
    public TenantAdministrators(Collection<RoleAssignment> companyAssignments, Collection<UserId> activeUsers) {
        this.companyAssignments = List.copyOf(companyAssignments);
        this.activeUsers = Set.copyOf(activeUsers);
    }

    public boolean survivesRemovalOf(AssignmentId removed) {
        return survives(assignment -> !assignment.id().equals(removed), activeUsers::contains);
    }

    public boolean survivesDeactivationOf(UserId user) {
        return survives(assignment -> true, holder -> !holder.equals(user) && activeUsers.contains(holder));
    }

    private boolean survives(Predicate<RoleAssignment> kept, Predicate<UserId> active) {
        boolean hadOne = count(assignment -> true, activeUsers::contains) > 0;
        return !hadOne || count(kept, active) > 0;
    }

    private long count(Predicate<RoleAssignment> kept, Predicate<UserId> active) {
        return companyAssignments.stream()
                .filter(kept)
                .filter(RoleAssignment::administersTenant)
                .filter(assignment -> active.test(assignment.user()))
                .count();
    }
}
