package io.gerbang.application.service.signin;

import io.gerbang.application.port.in.refusal.AccountInactive;
import io.gerbang.application.port.in.refusal.TenantClosed;
import io.gerbang.domain.session.SessionEligibility;
import io.gerbang.domain.tenant.Tenant;
import io.gerbang.domain.user.User;

/** The domain's {@link SessionEligibility} as the use cases refuse it: one translation for every step. */
public final class SessionAdmission {

    private SessionAdmission() {}

    public static void ensureMayHoldSession(User user, Tenant tenant) {
        switch (SessionEligibility.of(user, tenant)) {
            case ELIGIBLE -> {}
            case ACCOUNT_INACTIVE -> throw new AccountInactive();
            case TENANT_CLOSED -> throw new TenantClosed();
        }
    }
}
