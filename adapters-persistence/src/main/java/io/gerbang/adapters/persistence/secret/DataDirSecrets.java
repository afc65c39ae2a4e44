package io.gerbang.adapters.persistence.secret;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets an embedded node makes once and keeps in its data dir: 48 random bytes, base64, owner-only. */
final class DataDirSecrets {

    private DataDirSecrets() {}

    /** The secret in {@code dataDir/name}, made (atomically) on first call. */
    static String keptIn(Path dataDir, String name) {
        Path file = dataDir.resolve(name);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] random = new byte[48];
                new SecureRandom().nextBytes(random);
                Path temporary = Files.createTempFile(dataDir, name, ".tmp");
                try {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // nothing to tighten on this file system
                }
                Files.writeString(temporary, Base64.getEncoder().encodeToString(random));
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the " + name + " in " + dataDir, e);
        }
    }
}
