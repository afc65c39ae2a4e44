package io.gerbang.adapters.persistence.secret;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The key stored secrets (TOTP) are encrypted with ({@code GERBANG_DATA_KEY}, at least 32 bytes), and from
 * which the keys of each purpose are derived. Never printed.
 */
public final class DataKey {

    public static final int MIN_BYTES = 32;
    private final byte[] bytes;

    private DataKey(byte[] bytes) {
        if (bytes.length < MIN_BYTES) {
            throw new IllegalArgumentException("GERBANG_DATA_KEY must be at least " + MIN_BYTES + " bytes");
        }
        this.bytes = bytes.clone();
    }

    public static DataKey of(String configured) {
        return new DataKey(configured.getBytes(StandardCharsets.UTF_8));
    }

    /** Derived from another secret the nodes already share (the JWT secret), for one purpose only. */
    public static DataKey derivedFrom(JwtSecret secret) {
        return new DataKey(secret.derive("gerbang data key"));
    }

    /** The key kept in the data dir, made on first start (readable by the owner only). */
    public static DataKey keptIn(Path dataDir) {
        return of(DataDirSecrets.keptIn(dataDir, "data-key"));
    }

    /** A 256-bit key for one purpose, revealing nothing of this one or of the others. */
    public byte[] derive(String purpose) {
        return Hmac.sha256(bytes, purpose);
    }

    @Override
    public String toString() {
        return "DataKey[****]";
    }
}
