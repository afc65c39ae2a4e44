package io.gerbang.application.service;

import io.gerbang.application.port.in.Principal;
import io.gerbang.application.port.in.Refused;
import io.gerbang.application.port.out.RateLimits;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.limit.SlowDown;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;

/**
 * The contract's request limits as the use cases apply them ({@link io.gerbang.domain.limit.RateLimit}):
 * each check either passes or throws {@code 429 TOO_MANY_REQUESTS} with the wait. Off
 * ({@code GERBANG_RATE_LIMITS=off}), every check passes without asking the store.
 */
public class RequestLimits {

    private final RateLimits counters;
    private final boolean on;

    public RequestLimits(RateLimits counters, boolean on) {
        this.counters = counters;
        this.on = on;
    }

    /** One more sign-in request (either step) from this client. */
    public void admitSignIn(TenantId tenant, ClientAddress client) {
        admit(LimitKey.signIns(tenant, client), true);
    }

    /** Whether this client may still try this account: refused once it failed too often from here. */
    public void admitAttemptOn(TenantId tenant, Account account, ClientAddress client) {
        admit(LimitKey.failures(tenant, account, client), false);
    }

    /**
     * Counts a wrong password or code and answers the refusal to throw: as it is while the account is within
     * its hourly failures, answered later once past them.
     */
    public Refused failed(TenantId tenant, Account account, ClientAddress client, Refused refusal) {
        if (!on) {
            return refusal;
        }
        counters.count(LimitKey.failures(tenant, account, client));
        long past = counters.count(LimitKey.failures(tenant, account));
        return past > 0 ? refusal.answeredAfter(SlowDown.after(past)) : refusal;
    }

    /** A whole sign-in succeeded: its failures from here, and any slow-down of the account, are over. */
    public void succeeded(TenantId tenant, Account account, ClientAddress client) {
        if (on) {
            counters.reset(LimitKey.failures(tenant, account, client));
            counters.reset(LimitKey.failures(tenant, account));
        }
    }

    public void admitRefresh(TenantId tenant, UserId user) {
        admit(LimitKey.refreshes(tenant, user), true);
    }

    public void admitSessionCheck(Principal caller) {
        admit(LimitKey.sessionChecks(caller.tenant(), caller.user()), true);
    }

    private void admit(LimitKey key, boolean take) {
        if (!on) {
            return;
        }
        RateLimits.Verdict verdict = take ? counters.take(key) : counters.peek(key);
        if (!verdict.allowed()) {
            throw Refused.tooManyRequests(verdict.retryAfter());
        }
    }
}
