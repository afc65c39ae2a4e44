package io.gerbang.application.port.out;

import io.gerbang.domain.tenant.TenantId;
import io.gerbang.domain.user.Email;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.User;
import io.gerbang.domain.user.UserId;
import io.gerbang.domain.user.UserIdentity;
import java.time.Instant;
import java.util.Optional;

public interface Users {

    Optional<User> byIdentity(TenantId tenant, UserIdentity identity);

    Optional<User> byEmail(TenantId tenant, Email email);

    Optional<User> byId(TenantId tenant, UserId id);

    void changePasswordHash(UserId id, PasswordHash hash, Instant now);
}
