package io.gerbang.adapters.persistence.password;

import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;

/**
 * The hash a sign-in for a name nobody has is checked against, so that it takes as long as a wrong password
 * for a real account. Made by its kind on first use: a server hashes with one kind, and only that kind's dummy
 * is ever needed (a bcrypt-10 one made at every Argon2id start cost 72 ms).
 */
final class UnknownUserDummy {

    private final PasswordHashes kind;
    private volatile PasswordHash hash;

    UnknownUserDummy(PasswordHashes kind) {
        this.kind = kind;
    }

    void matchAgainst(PlainPassword password) {
        PasswordHash known = hash;
        if (known == null) {
            known = kind.hash(PlainPassword.forNewSecret("not-a-password-of-anyone")); // two racing makers: both fine
            hash = known;
        }
        kind.matches(password, known);
    }
}
