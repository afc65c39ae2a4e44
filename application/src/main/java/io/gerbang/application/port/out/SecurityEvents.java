package io.gerbang.application.port.out;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.util.Objects;

/**
 * What happened that an operator watches: each event is counted and written as a line of its own. An event
 * names who and where, never a password, hash, token, secret or code.
 */
public interface SecurityEvents {

    void record(Event event);

    enum Kind {
        SIGN_IN_SUCCEEDED,
        /** A right password of a person with two-factor on: the second step was asked for. */
        SECOND_FACTOR_REQUIRED,
        /** A wrong password, or a name nobody has. */
        SIGN_IN_FAILED,
        SECOND_FACTOR_FAILED,
        /** A request refused by a limit; the detail names the limit. */
        RATE_LIMITED,
        /** A failed sign-in answered late: its account is past its hourly failures. */
        SLOWED_DOWN,
        REFRESHED,
        /** An already rotated refresh token was presented: its whole family was ended. */
        REFRESH_REUSE_DETECTED,
        /** Too many failures on this account from one client address: that pair is refused for a while. */
        LOCKED_OUT,
        /** Sessions ended by a logout or a revocation; the detail says how many when more than one. */
        SESSIONS_ENDED,
        ROLE_ASSIGNED,
        ROLE_REMOVED,
        USER_DEACTIVATED,
        TWO_FACTOR_ENABLED,
        /** By the person, or (detail {@code by_administrator}) through an administrator's reset. */
        TWO_FACTOR_DISABLED,
        PASSWORD_CHANGED,
        /** A client app made, changed, deleted or given new secrets; the detail says which and how. */
        CLIENT_CHANGED,
        /** A tenant's signing key made (first, planned or asked for); the detail names it and when it signs. */
        SIGNING_KEY_MADE,
        /** A tenant's signing key trusted no more (a leaked key); the detail names it. */
        SIGNING_KEY_REVOKED
    }

    /** @param user null when no user is known (a name nobody has); @param detail null or a short code */
    record Event(Kind kind, TenantId tenant, UserId user, String detail) {

        public Event {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(tenant, "tenant");
        }

        public static Event of(Kind kind, TenantId tenant, UserId user) {
            return new Event(kind, tenant, user, null);
        }
    }
}
