package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.TwoFactorSecrets;
import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.user.UserId;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Pending and active TOTP secrets and unused recovery codes in maps; turning it on or off marks the user. */
public final class InMemoryTwoFactorSecrets implements TwoFactorSecrets {

    private final Map<UserId, TotpSecret> pending = new HashMap<>();
    private final Map<UserId, TotpSecret> active = new HashMap<>();
    private final Map<UserId, Set<RecoveryCode>> recoveryCodes = new HashMap<>();
    private final InMemoryUsers users;

    public InMemoryTwoFactorSecrets(InMemoryUsers users) {
        this.users = users;
    }

    @Override
    public synchronized void keepPending(UserId user, TotpSecret secret) {
        pending.put(user, secret);
    }

    @Override
    public synchronized Optional<TotpSecret> pending(UserId user) {
        return Optional.ofNullable(pending.get(user));
    }

    @Override
    public synchronized Optional<TotpSecret> active(UserId user) {
        return Optional.ofNullable(active.get(user));
    }

    @Override
    public synchronized boolean enable(UserId user, TotpSecret confirmed, List<RecoveryCode> codes, Instant now) {
        if (active.containsKey(user)
                || !pending.containsKey(user)
                || !Arrays.equals(pending.get(user).bytes(), confirmed.bytes())) {
            return false;
        }
        active.put(user, pending.remove(user));
        recoveryCodes.put(user, new HashSet<>(codes));
        users.twoFactor(user, true);
        return true;
    }

    @Override
    public synchronized boolean disable(UserId user, Instant now) {
        recoveryCodes.remove(user);
        users.twoFactor(user, false);
        return active.remove(user) != null;
    }

    @Override
    public synchronized boolean useRecoveryCode(UserId user, RecoveryCode code, Instant now) {
        return recoveryCodes.getOrDefault(user, new HashSet<>()).remove(code);
    }
}
