package io.gerbang.adapters.persistence.signing;

import io.gerbang.domain.signing.EcPoint;
import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.conscrypt.Conscrypt;

/**
 * P-256 (secp256r1) keys: made, written as a JWK's point, read back, all as keys of {@link #PROVIDER}, so that
 * signing and checking need no conversion per token. The provider is Conscrypt (BoringSSL) where its native library
 * loads, else Bouncy Castle: both sign many times faster than the JDK 17 provider (see the POM).
 */
public final class P256 {

    /** The provider of ES256 signatures; an object of ours, not installed in the JVM. */
    public static final Provider PROVIDER = fastest();

    private static final int COORDINATE_BYTES = 32;
    /** The curve's parameters, made once. */
    static final ECParameterSpec CURVE = curve();

    private P256() {}

    private static Provider fastest() {
        try {
            if (Conscrypt.isAvailable()) {
                return Conscrypt.newProvider();
            }
        } catch (LinkageError noNativeLibrary) {
            // a platform the uber jar carries no library for
        }
        return new BouncyCastleProvider();
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has P-256", e);
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", PROVIDER);
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has P-256", e);
        }
    }

    /** The point as RFC 7518 section 6.2.1 writes it: each coordinate 32 bytes, big-endian, base64url. */
    public static EcPoint pointOf(ECPublicKey key) {
        return new EcPoint(
                coordinate(key.getW().getAffineX()), coordinate(key.getW().getAffineY()));
    }

    private static String coordinate(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] fixed = new byte[COORDINATE_BYTES];
        int length = Math.min(bytes.length, COORDINATE_BYTES);
        System.arraycopy(bytes, bytes.length - length, fixed, COORDINATE_BYTES - length, length);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(fixed);
    }

    public static ECPublicKey publicKey(EcPoint point) {
        try {
            BigInteger x = new BigInteger(1, Base64.getUrlDecoder().decode(point.x()));
            BigInteger y = new BigInteger(1, Base64.getUrlDecoder().decode(point.y()));
            return (ECPublicKey) KeyFactory.getInstance("EC", PROVIDER)
                    .generatePublic(new ECPublicKeySpec(new ECPoint(x, y), CURVE));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored public key is not a P-256 point", e);
        }
    }

    public static ECPrivateKey privateKey(byte[] pkcs8) {
        try {
            return (ECPrivateKey)
                    KeyFactory.getInstance("EC", PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a stored private key is not a P-256 key", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }
}
