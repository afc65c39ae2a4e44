package io.gerbang.domain.session;

import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.user.User;

/**
 * Who may hold a session: an active person of an active tenant. Asked with what was read fresh at every step
 * that opens or extends a session (the password step, the second-factor step, each refresh), so that a
 * deactivated person or a closed tenant is refused at the next such step on every node, whatever any cache
 * still holds. The person is asked first: a closed tenant's inactive user hears that their account is inactive.
 */
public enum SessionEligibility {
    ELIGIBLE,
    ACCOUNT_INACTIVE,
    TENANT_CLOSED;

    public static SessionEligibility of(User user, Tenant tenant) {
        if (!user.tenant().equals(tenant.id())) {
            throw new IllegalArgumentException("a user is judged with their own tenant");
        }
        if (!user.mayHoldSession()) {
            return ACCOUNT_INACTIVE;
        }
        return tenant.admitsSignIns() ? ELIGIBLE : TENANT_CLOSED;
    }
}
