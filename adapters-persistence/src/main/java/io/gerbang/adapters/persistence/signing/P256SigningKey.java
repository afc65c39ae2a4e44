package io.gerbang.adapters.persistence.signing;

import io.jsonwebtoken.security.KeySupplier;
import java.security.PrivateKey;
import java.security.interfaces.ECKey;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECParameterSpec;

/**
 * A P-256 private key as jjwt is given it to sign: jjwt checks the key's curve before every signature by asking its
 * parameters, which Conscrypt builds anew from BoringSSL's group at each call (about 14 µs, a third of the signature
 * itself). This key answers them from the one P-256 specification and hands jjwt the provider's own key to sign with
 * ({@link KeySupplier}, jjwt's way of wrapping a key it must not look into).
 */
public final class P256SigningKey implements PrivateKey, ECKey, KeySupplier<PrivateKey> {

    private static final long serialVersionUID = 1L;

    private final transient ECPrivateKey key;

    public P256SigningKey(ECPrivateKey key) {
        this.key = key;
    }

    @Override
    public ECParameterSpec getParams() {
        return P256.CURVE;
    }

    @Override
    public PrivateKey getKey() {
        return key;
    }

    @Override
    public String getAlgorithm() {
        return key.getAlgorithm();
    }

    @Override
    public String getFormat() {
        return key.getFormat();
    }

    @Override
    public byte[] getEncoded() {
        return key.getEncoded();
    }

    @Override
    public String toString() {
        return "P-256 signing key";
    }
}
