package io.gerbang.adapters.persistence.password;

import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;
import java.util.Locale;

/**
 * Both kinds of hash at once: new hashes (and the unknown-user dummy, so timings stay equal) are of the
 * configured kind, and a stored hash is checked by the kind it is, so hashes imported from bcrypt systems
 * keep working. A hash of the other kind is outdated, and redone on the next good login.
 */
public class PasswordHashing implements PasswordHashes {

    /** {@code GERBANG_PASSWORD_HASH}. */
    public enum Kind {
        ARGON2ID,
        BCRYPT;

        public static Kind named(String name) {
            return switch (name.trim().toLowerCase(Locale.ROOT)) {
                case "argon2id" -> ARGON2ID;
                case "bcrypt" -> BCRYPT;
                default -> throw new IllegalArgumentException("GERBANG_PASSWORD_HASH must be argon2id or bcrypt");
            };
        }
    }

    private final PasswordHashes argon2id;
    private final PasswordHashes bcrypt;
    private final PasswordHashes configured;

    public PasswordHashing(Kind kind, int bcryptCost) {
        this.bcrypt = new BcryptPasswordHashes(bcryptCost);
        this.argon2id = new Argon2idPasswordHashes();
        this.configured = kind == Kind.ARGON2ID ? argon2id : bcrypt;
        // the dummy is made now, so that the first unknown name's answer takes no longer than the next ones
        configured.matchAgainstDummy(PlainPassword.forNewSecret("not-a-password-of-anyone"));
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return configured.hash(password);
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return kindOf(hash).matches(password, hash);
    }

    @Override
    public void matchAgainstDummy(PlainPassword password) {
        configured.matchAgainstDummy(password);
    }

    @Override
    public boolean isOutdated(PasswordHash hash) {
        PasswordHashes kind = kindOf(hash);
        return kind != configured || kind.isOutdated(hash);
    }

    private PasswordHashes kindOf(PasswordHash hash) {
        return hash.value().startsWith(Argon2idPasswordHashes.PREFIX) ? argon2id : bcrypt;
    }
}
