package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.domain.user.PasswordHash;
import io.gerbang.domain.user.PlainPassword;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Password "hashes" a test can read: {@code current:} or {@code outdated:} before the password itself, so a test
 * sees which scheme a password is kept under. Counts the checks against the dummy (the work a name nobody has
 * costs).
 */
public final class ReadablePasswordHashes implements PasswordHashes {

    private final AtomicInteger dummyChecks = new AtomicInteger();

    public static PasswordHash outdated(String password) {
        return new PasswordHash("outdated:" + password);
    }

    @Override
    public PasswordHash hash(PlainPassword password) {
        return new PasswordHash("current:" + password.reveal());
    }

    @Override
    public boolean matches(PlainPassword password, PasswordHash hash) {
        return hash.value().substring(hash.value().indexOf(':') + 1).equals(password.reveal());
    }

    @Override
    public void matchAgainstDummy(PlainPassword password) {
        dummyChecks.incrementAndGet();
    }

    @Override
    public boolean isOutdated(PasswordHash hash) {
        return hash.value().startsWith("outdated:");
    }

    public int dummyChecks() {
        return dummyChecks.get();
    }
}
