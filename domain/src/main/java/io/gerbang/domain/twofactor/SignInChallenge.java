package io.gerbang.domain.twofactor;

import io.gerbang.domain.session.SessionEpoch;
import io.gerbang.domain.shared.ClientInfo;
import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.UserId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The half-finished sign-in of a person with two-factor on, whose password was right: what the
 * {@code mfa_token} stands for. It lasts {@link #LIFETIME}, is good for one success, and dies after
 * {@link #WRONG_CODES_ALLOWED} wrong codes. It keeps the {@link SessionEpoch} its password step read: the session
 * it leads to opens only if no change ended every session of the user since.
 */
public record SignInChallenge(
        UserId user, TenantId tenant, ClientInfo client, SessionEpoch epoch, Instant expiresAt, int wrongCodes) {

    public static final Duration LIFETIME = Duration.ofMinutes(5);
    public static final int WRONG_CODES_ALLOWED = 5;

    public SignInChallenge {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(epoch, "epoch");
        Objects.requireNonNull(expiresAt, "expiresAt");
        client = client == null ? ClientInfo.unknown() : client;
        if (wrongCodes < 0) {
            throw new IllegalArgumentException("wrongCodes must not be negative");
        }
    }

    public static SignInChallenge begin(
            UserId user, TenantId tenant, ClientInfo client, SessionEpoch epoch, Instant now) {
        return new SignInChallenge(user, tenant, client, epoch, now.plus(LIFETIME), 0);
    }

    /** Whether a code may still be tried against it, for the tenant the request names. */
    public boolean open(TenantId named, Instant now) {
        return tenant.equals(named) && now.isBefore(expiresAt) && wrongCodes < WRONG_CODES_ALLOWED;
    }

    /** The challenge after one more wrong code; it is dead once {@link #WRONG_CODES_ALLOWED} are reached. */
    public SignInChallenge afterWrongCode() {
        return new SignInChallenge(user, tenant, client, epoch, expiresAt, wrongCodes + 1);
    }

    public boolean dead() {
        return wrongCodes >= WRONG_CODES_ALLOWED;
    }
}
