package io.gerbang.domain.limit;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * One counter of one limit: the limit, the tenant (limits are per tenant) and what it counts by. Built only
 * through the factories, so each limit is counted by what the contract says it is counted by.
 */
public record LimitKey(RateLimit limit, TenantId tenant, String subject) {

    private static final int MAX_SUBJECT = 400;

    public LimitKey {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(subject, "subject");
        if (subject.isEmpty() || subject.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("a limit subject is 1.." + MAX_SUBJECT + " characters");
        }
    }

    public static LimitKey signIns(TenantId tenant, ClientAddress client) {
        return new LimitKey(RateLimit.SIGN_INS_PER_CLIENT, tenant, client.value());
    }

    public static LimitKey failures(TenantId tenant, Account account, ClientAddress client) {
        return new LimitKey(RateLimit.FAILURES_PER_ACCOUNT_AND_CLIENT, tenant, account.value() + "@" + client.value());
    }

    public static LimitKey failures(TenantId tenant, Account account) {
        return new LimitKey(RateLimit.FAILURES_PER_ACCOUNT, tenant, account.value());
    }

    public static LimitKey refreshes(TenantId tenant, UserId user) {
        return new LimitKey(RateLimit.REFRESHES_PER_USER, tenant, String.valueOf(user.value()));
    }

    public static LimitKey sessionChecks(TenantId tenant, UserId user) {
        return new LimitKey(RateLimit.SESSION_CHECKS_PER_USER, tenant, String.valueOf(user.value()));
    }

    /**
     * Whose failures are counted: a known user by id (so the identity number and the e-mail share one
     * count), a name nobody has by the name itself (so an unknown name behaves exactly like a known one).
     */
    public record Account(UserId user, String name) {

        public Account {
            if ((user == null) == (name == null)) {
                throw new IllegalArgumentException("an account is a user or a name, one of the two");
            }
        }

        public static Account of(UserId user) {
            return new Account(user, null);
        }

        public static Account named(String signInName) {
            return new Account(null, signInName.toLowerCase(java.util.Locale.ROOT));
        }

        /** As counters are keyed. */
        public String value() {
            return user != null ? "u" + user.value() : "n" + name;
        }
    }
}
