package io.gerbang.adapters.persistence.twofactor;

import com.bastiaanjansen.otp.HMACAlgorithm;
import com.bastiaanjansen.otp.HOTPGenerator;
import com.bastiaanjansen.otp.TOTPGenerator;
import io.gerbang.application.port.out.Totp;
import io.gerbang.domain.twofactor.SecondFactorCode.RecoveryCode;
import io.gerbang.domain.twofactor.SecondFactorCode.TotpCode;
import io.gerbang.domain.twofactor.TotpSecret;
import io.gerbang.domain.twofactor.TotpStep;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.binary.Base32;

/**
 * RFC 6238 codes by otp-java (HMAC-SHA1, 6 digits, 30 s steps: what every authenticator app speaks), computed
 * for one step at a time so that the domain decides which steps count; secrets and recovery codes from a
 * {@link SecureRandom}.
 */
public class OtpTotp implements Totp {

    public static final String ISSUER = "Gerbang";
    private static final int DIGITS = 6;
    private final SecureRandom random = new SecureRandom();

    @Override
    public TotpSecret newSecret() {
        byte[] bytes = new byte[TotpSecret.BYTES];
        random.nextBytes(bytes);
        return new TotpSecret(bytes);
    }

    @Override
    public boolean matches(TotpSecret secret, TotpStep step, TotpCode code) {
        String expected = generator(secret).generate(step.index());
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), code.digits().getBytes(StandardCharsets.US_ASCII));
    }

    /** The code of a step: for the tests and tools that play an authenticator app. */
    public static String codeAt(String base32Secret, TotpStep step) {
        return new HOTPGenerator.Builder(base32Secret)
                .withPasswordLength(DIGITS)
                .withAlgorithm(HMACAlgorithm.SHA1)
                .build()
                .generate(step.index());
    }

    @Override
    public Enrolment enrolment(TotpSecret secret, String account) {
        String base32 = base32(secret);
        try {
            String uri = new TOTPGenerator.Builder(base32)
                    .withHOTPGenerator(hotp -> hotp.withPasswordLength(DIGITS).withAlgorithm(HMACAlgorithm.SHA1))
                    .withPeriod(Duration.ofSeconds(TotpStep.PERIOD_SECONDS))
                    .build()
                    .getURI(ISSUER, account)
                    .toString();
            return new Enrolment(base32, uri);
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException("an otpauth URI of an e-mail address is always well formed", impossible);
        }
    }

    @Override
    public List<RecoveryCode> newRecoveryCodes(int count) {
        List<RecoveryCode> codes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StringBuilder characters = new StringBuilder(RecoveryCode.LENGTH);
            for (int c = 0; c < RecoveryCode.LENGTH; c++) {
                characters.append(RecoveryCode.ALPHABET.charAt(random.nextInt(RecoveryCode.ALPHABET.length())));
            }
            codes.add(new RecoveryCode(characters.toString()));
        }
        return codes;
    }

    private static HOTPGenerator generator(TotpSecret secret) {
        return new HOTPGenerator.Builder(base32(secret))
                .withPasswordLength(DIGITS)
                .withAlgorithm(HMACAlgorithm.SHA1)
                .build();
    }

    private static String base32(TotpSecret secret) {
        return new Base32().encodeToString(secret.bytes());
    }

    @Override
    public String toString() {
        return "OtpTotp";
    }
}
