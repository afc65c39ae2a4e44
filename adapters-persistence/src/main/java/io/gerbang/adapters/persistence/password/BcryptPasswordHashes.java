package io.gerbang.adapters.persistence.password;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;

/** bcrypt with a configurable cost. A hash made with another cost is "outdated" and gets redone on login. */
public class BcryptPasswordHashes implements PasswordHashes {

    private final int cost;
    private final BCrypt.Hasher hasher = BCrypt.withDefaults();
    // Like every bcrypt, only the first 72 bytes count; a longer password at sign-in is not an error.
    private final BCrypt.Verifyer verifyer =
            BCrypt.verifyer(BCrypt.Version.VERSION_2A, LongPasswordStrategies.truncate(BCrypt.Version.VERSION_2A));
    private final UnknownUserDummy dummy = new UnknownUserDummy(this);

    public BcryptPasswordHashes(int cost) {
        if (cost < 4 || cost > 31) {
            throw new IllegalArgumentException("GERBANG_BCRYPT_COST must be between 4 and 31");
        }
        this.cost = cost;
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return new PasswordHash(hasher.hashToString(cost, password.reveal().toCharArray()));
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        try {
            return verifyer.verify(password.reveal().toCharArray(), hash.value()).verified;
        } catch (IllegalArgumentException unreadableHash) {
            return false;
        }
    }

    @Override
    public void matchAgainstDummy(PlainPassword password) {
        dummy.matchAgainst(password);
    }

    @Override
    public boolean isOutdated(PasswordHash hash) {
        String value = hash.value();
        // $2a$10$...: the cost is the two digits after the second '$'.
        if (value.length() < 7 || value.charAt(0) != '$' || value.charAt(3) != '$') {
            return true;
        }
        try {
            return Integer.parseInt(value.substring(4, 6)) != cost;
        } catch (NumberFormatException unreadable) {
            return true;
        }
    }

    public int cost() {
        return cost;
    }
}
