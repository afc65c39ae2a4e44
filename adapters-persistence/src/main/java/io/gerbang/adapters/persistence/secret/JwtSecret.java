package io.gerbang.adapters.persistence.secret;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/** The key access tokens are signed with. At least 32 bytes; never printed. */
public final class JwtSecret {

    public static final int MIN_BYTES = 32;
    private final byte[] bytes;

    private JwtSecret(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("GERBANG_JWT_SECRET must be at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static JwtSecret of(String configured) {
        return new JwtSecret(configured.getBytes(StandardCharsets.UTF_8));
    }

    /** The secret kept in the data dir, made on first start (readable by the owner only). */
    public static JwtSecret keptIn(Path dataDir) {
        return of(DataDirSecrets.keptIn(dataDir, "jwt-secret"));
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** A key for another purpose, derived so that it reveals nothing of this one. */
    public byte[] derive(String purpose) {
        return Hmac.sha256(bytes, purpose);
    }

    @Override
    public String toString() {
        return "JwtSecret[****]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JwtSecret secret && Arrays.equals(bytes, secret.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
