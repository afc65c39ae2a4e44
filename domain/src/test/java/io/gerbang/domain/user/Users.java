package io.gerbang.domain.user;

import io.gerbang.domain.access.UnitId;
import io.gerbang.domain.tenant.TenantId;
import java.time.Instant;

/** People of the demo tenant as domain tests need them, so that no test spells out a user's eleven parts. */
public final class Users {

    private static final TenantId HUMINOR = new TenantId(1);
    private static final PasswordHash SOME_HASH = new PasswordHash("$2a$10$x");

    private Users() {}

    /** Naruto Uzumaki, an active user of unit 2 without two-factor. */
    public static User naruto() {
        return User.reconstitute(
                new UserId(2),
                HUMINOR,
                new UserIdentity("100000001"),
                new Email("naruto@company.com"),
                new DisplayName("Naruto"),
                SOME_HASH,
                true,
                new UnitId(2),
                false,
                Instant.EPOCH,
                Instant.EPOCH);
    }

    /** The demo's deactivated account, of unit 2. */
    public static User inactive() {
        return User.reconstitute(
                new UserId(5),
                HUMINOR,
                new UserIdentity("100000009"),
                new Email("inactive@company.com"),
                new DisplayName("Lama Nonaktif"),
                SOME_HASH,
                false,
                new UnitId(2),
                false,
                Instant.EPOCH,
                Instant.EPOCH);
    }
}
