package io.gerbang.domain.twofactor;

import java.util.Arrays;

/** The shared key of a person's authenticator: 20 random bytes (RFC 4226's recommended length). Never printed. */
public final class TotpSecret {

    public static final int BYTES = 20;
    private final byte[] bytes;

    public TotpSecret(byte[] bytes) {
        if (bytes == null || bytes.length != BYTES) {
            throw new IllegalArgumentException("a TOTP secret is " + BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TotpSecret secret && Arrays.equals(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "TotpSecret[****]";
    }
}
