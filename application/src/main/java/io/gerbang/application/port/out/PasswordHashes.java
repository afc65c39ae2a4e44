package io.gerbang.application.port.out;

import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;

public interface PasswordHashes {

    PasswordHash hash(PlainPassword password);

    boolean matches(PlainPassword password, PasswordHash hash);

    /** Spends the time a real check would, for an account that does not exist. */
    void matchAgainstDummy(PlainPassword password);

    /** True when the hash was made with another work factor than the one configured now. */
    boolean isOutdated(PasswordHash hash);
}
