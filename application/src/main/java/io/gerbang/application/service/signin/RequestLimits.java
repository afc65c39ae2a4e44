package io.gerbang.application.service.signin;

import io.gerbang.application.model.Principal;
import io.gerbang.application.port.in.refusal.LimitReached;
import io.gerbang.application.port.out.RateLimits;
import io.gerbang.application.port.out.SecurityEvents;
import io.gerbang.application.port.out.SecurityEvents.Event;
import io.gerbang.application.port.out.SecurityEvents.Kind;
import io.gerbang.domain.limit.ClientAddress;
import io.gerbang.domain.limit.LimitKey;
import io.gerbang.domain.limit.LimitKey.Account;
import io.gerbang.domain.limit.SlowDown;
import io.gerbang.domain.shared.Refused;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.List;

/**
 * The contract's request limits as the use cases apply them ({@link io.gerbang.domain.limit.RateLimit}):
 * each check either passes or throws {@link LimitReached} with the wait. A sign-in is checked in one
 * step, once its account is known: the client's sign-ins, then the account's failures from that client. That
 * step counts the attempt as a failure ahead of the check, so that parallel attempts cannot all pass the count
 * before any of them is counted; an attempt that proves right gives it back ({@link #passed}). Off
 * ({@code GERBANG_RATE_LIMITS=off}), every check passes without asking the store.
 */
public class RequestLimits {

    private final RateLimits counters;
    private final SecurityEvents events;
    private final boolean on;

    public RequestLimits(RateLimits counters, SecurityEvents events, boolean on) {
        this.counters = counters;
        this.events = events;
        this.on = on;
    }

    /**
     * One more sign-in request (either step) from this client, on this account: refused once the client signed
     * in too often, or once this account failed too often from here.
     */
    public SignInAttempt admitSignIn(TenantId tenant, Account account, ClientAddress client) {
        SignInAttempt attempt = new SignInAttempt(tenant, account, client);
        if (!on) {
            return attempt;
        }
        RateLimits.Admission admission = counters.admit(
                LimitKey.signIns(tenant, client),
                attempt.pairFailures(),
                List.of(attempt.pairFailures(), attempt.accountFailures()));
        if (!admission.verdict().allowed()) {
            events.record(
                    admission.refusedBySecond()
                            ? Event.of(Kind.LOCKED_OUT, tenant, account.user())
                            : new Event(Kind.RATE_LIMITED, tenant, account.user(), "sign-in"));
            throw new LimitReached(admission.verdict().retryAfter());
        }
        attempt.failuresCounted = admission.watchedCounted();
        attempt.counted = true;
        return attempt;
    }

    /** The password or code of this attempt was right: the failure counted ahead for it is given back. */
    public void passed(SignInAttempt attempt) {
        if (on && attempt.counted) {
            attempt.counted = false;
            counters.giveBack(attempt.pairFailures());
        }
    }

    /** One more sign-in request from this client that names no account (a dead {@code mfa_token}). */
    public void admitSignIn(TenantId tenant, ClientAddress client) {
        admit(LimitKey.signIns(tenant, client));
    }

    /**
     * Counts a wrong password or code against the account (against the pair it was counted on admission) and
     * answers the refusal to throw: as it is while the account is within its hourly failures, answered later
     * once past them.
     */
    public Refused failed(SignInAttempt attempt, Refused refusal) {
        if (!on) {
            return refusal;
        }
        long accountPast = counters.count(List.of(attempt.accountFailures())).get(0);
        if (accountPast <= 0) {
            return refusal;
        }
        events.record(Event.of(Kind.SLOWED_DOWN, attempt.tenant, attempt.account.user()));
        return refusal.answeredAfter(SlowDown.after(accountPast));
    }

    /** A whole sign-in succeeded: its failures from here, and any slow-down of the account, are over. */
    public void succeeded(SignInAttempt attempt) {
        if (on && attempt.failuresCounted) {
            attempt.counted = false;
            counters.reset(List.of(attempt.pairFailures(), attempt.accountFailures()));
        } else {
            passed(attempt);
        }
    }

    public void admitRefresh(TenantId tenant, UserId user) {
        admit(LimitKey.refreshes(tenant, user));
    }

    public void admitSessionCheck(Principal caller) {
        admit(LimitKey.sessionChecks(caller.tenant(), caller.user()));
    }

    private void admit(LimitKey key) {
        if (!on) {
            return;
        }
        RateLimits.Verdict verdict = counters.take(key);
        if (!verdict.allowed()) {
            events.record(
                    new Event(Kind.RATE_LIMITED, key.tenant(), null, key.limit().code()));
            throw new LimitReached(verdict.retryAfter());
        }
    }

    /** One sign-in request let through: whose failures it counts, and whether it found any counted. */
    public static final class SignInAttempt {

        private final TenantId tenant;
        private final Account account;
        private final ClientAddress client;
        private boolean failuresCounted;
        /** Whether this attempt's failure, counted ahead on admission, is still counted. */
        private boolean counted;

        private SignInAttempt(TenantId tenant, Account account, ClientAddress client) {
            this.tenant = tenant;
            this.account = account;
            this.client = client;
        }

        LimitKey pairFailures() {
            return LimitKey.failures(tenant, account, client);
        }

        LimitKey accountFailures() {
            return LimitKey.failures(tenant, account);
        }
    }
}
