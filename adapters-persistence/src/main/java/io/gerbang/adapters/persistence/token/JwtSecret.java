package io.gerbang.adapters.persistence.token;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

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
        Path file = dataDir.resolve("jwt-secret");
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                Path temporary = Files.createTempFile(dataDir, "jwt-secret", ".tmp");
                trySetOwnerOnly(temporary);
                Files.writeString(temporary, Base64.getEncoder().encodeToString(random));
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return of(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the JWT secret in " + dataDir, e);
        }
    }

    private static void trySetOwnerOnly(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // nothing to tighten on this file system
        }
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    /** A key for another purpose, derived so that it reveals nothing of this one. */
    public byte[] derive(String purpose) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(bytes, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
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
