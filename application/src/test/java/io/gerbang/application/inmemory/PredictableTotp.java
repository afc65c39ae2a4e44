package io.gerbang.application.inmemory;

import io.gerbang.application.port.out.Totp;
import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.SecondFactorCode.TotpCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * TOTP codes a test can compute ({@link #codeAt}): each secret a counter's bytes, each code a number derived from
 * the secret and the step. The real algorithm (RFC 6238) is the adapter's, tested there.
 */
public final class PredictableTotp implements Totp {

    private final AtomicInteger secrets = new AtomicInteger();
    private final AtomicInteger recoveryCodes = new AtomicInteger();

    @Override
    public TotpSecret newSecret() {
        byte[] bytes = new byte[TotpSecret.BYTES];
        Arrays.fill(bytes, (byte) secrets.incrementAndGet());
        return new TotpSecret(bytes);
    }

    @Override
    public boolean matches(TotpSecret secret, TotpStep step, TotpCode code) {
        return code(secret, step).equals(code);
    }

    @Override
    public Enrolment enrolment(TotpSecret secret, String account) {
        return new Enrolment("secret-" + secret.bytes()[0], "otpauth://totp/Gerbang:" + account);
    }

    @Override
    public List<RecoveryCode> newRecoveryCodes(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new RecoveryCode("%010d"
                        .formatted(recoveryCodes.incrementAndGet())
                        .replace('0', 'a')
                        .replace('1', 'b')))
                .toList();
    }

    /** The code an authenticator shows for this secret at this instant. */
    public static TotpCode codeAt(TotpSecret secret, Instant at) {
        return code(secret, TotpStep.at(at));
    }

    private static TotpCode code(TotpSecret secret, TotpStep step) {
        return new TotpCode("%06d"
                .formatted(Math.floorMod(Arrays.hashCode(secret.bytes()) * 31L + step.index(), 1_000_000L)));
    }
}
