package io.gerbang.adapters.persistence.password;

import de.mkammerer.argon2.Argon2Advanced;
import de.mkammerer.argon2.Argon2Factory;
import de.mkammerer.argon2.Argon2Factory.Argon2Types;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Argon2id in the PHC string form ({@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash}), by the reference C
 * library through argon2-jvm. A hash made with other parameters is "outdated" and redone on login.
 */
public class Argon2idPasswordHashes implements PasswordHashes {

    /** OWASP's first Argon2id configuration: 19 MiB, 2 passes, 1 lane. */
    public static final int MEMORY_KIB = 19 * 1024;

    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    static final String PREFIX = "$argon2id$";

    private final Argon2Advanced argon2 = Argon2Factory.createAdvanced(Argon2Types.ARGON2id);
    private final String parameters = "$v=19$m=" + MEMORY_KIB + ",t=" + ITERATIONS + ",p=" + PARALLELISM + "$";
    private final UnknownUserDummy dummy = new UnknownUserDummy(this);

    @Override
    public PasswordHash hash(PlainPassword password) {
        byte[] bytes = password.reveal().getBytes(StandardCharsets.UTF_8);
        try {
            return new PasswordHash(argon2.hash(ITERATIONS, MEMORY_KIB, PARALLELISM, bytes));
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        if (!hash.value().startsWith(PREFIX)) {
            return false;
        }
        byte[] bytes = password.reveal().getBytes(StandardCharsets.UTF_8);
        try {
            return argon2.verify(hash.value(), bytes);
        } catch (RuntimeException unreadableHash) {
            // argon2-jvm raises on a hash the library cannot decode (a damaged row): never a match
            return false;
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public void matchAgainstDummy(PlainPassword password) {
        dummy.matchAgainst(password);
    }

    @Override
    public boolean isOutdated(PasswordHash hash) {
        return !hash.value().startsWith(PREFIX + parameters.substring(1));
    }
}
