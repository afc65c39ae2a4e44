package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.UsedCodes;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import io.gerbang.domain.user.UserId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The last step each user's codes reached, per secret (a new secret starts afresh). */
public final class InMemoryUsedCodes implements UsedCodes {

    private final Map<List<Object>, TotpStep> lastUsed = new HashMap<>();

    @Override
    public synchronized boolean claim(UserId user, TotpSecret secret, TotpStep step) {
        List<Object> key = List.of(user, Arrays.toString(secret.bytes()));
        TotpStep last = lastUsed.get(key);
        if (last != null && !step.usableAfter(last)) {
            return false;
        }
        lastUsed.put(key, step);
        return true;
    }
}
