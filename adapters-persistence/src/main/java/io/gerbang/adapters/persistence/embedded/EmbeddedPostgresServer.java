package io.gerbang.adapters.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A real PostgreSQL, from the zonky binaries on the classpath, keeping its files under a directory. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final Path directory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path directory) {
        this.postgres = postgres;
        this.directory = directory;
    }

    /** Keeps its data in {@code directory} across restarts. */
    public static EmbeddedPostgresServer start(Path directory) {
        return start(directory, false);
    }

    /** A throwaway server for tests: the directory is wiped first. */
    public static EmbeddedPostgresServer startClean(Path directory) {
        return start(directory, true);
    }

    /** Starts again on a given port over existing files: tests that stop PostgreSQL and bring it back use this. */
    public static EmbeddedPostgresServer restart(Path directory, int port) {
        return start(directory, false, port);
    }

    private static EmbeddedPostgresServer start(Path directory, boolean clean) {
        return start(directory, clean, 0);
    }

    private static EmbeddedPostgresServer start(Path directory, boolean clean, int port) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(
                    builder.setDataDirectory(directory.toFile())
                            .setCleanDataDirectory(clean)
                            .setServerConfig("max_connections", "200")
                            .setServerConfig("fsync", clean ? "off" : "on")
                            .start(),
                    directory);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    /**
     * The address of a PostgreSQL some other process runs on {@code directory}, if one does: its postmaster's
     * pid file names the process (line 1) and the port (line 4). The admin command line attaches to the
     * server's engine this way rather than starting a second one on the same files.
     */
    public static java.util.Optional<String> runningJdbcUrl(Path directory) {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!PidFile.alive(PidFile.read(pidFile))) {
            return java.util.Optional.empty();
        }
        try {
            java.util.List<String> lines = java.nio.file.Files.readAllLines(pidFile);
            int port = Integer.parseInt(lines.get(3).strip());
            return java.util.Optional.of("jdbc:postgresql://localhost:" + port + "/postgres?user=postgres");
        } catch (IOException | RuntimeException unreadable) {
            return java.util.Optional.empty();
        }
    }

    public int port() {
        return postgres.getPort();
    }

    /** Starts this server again, on its port and its files, after it died. */
    public EmbeddedPostgresServer restarted() {
        try {
            postgres.close(); // releases the data directory's lock, which this process still holds
        } catch (IOException | RuntimeException alreadyGone) {
            // the server is gone already; the lock is what mattered
        }
        return restart(directory, port());
    }

    /** The postmaster's process id, from its pid file; -1 when there is none. */
    public long pid() {
        return PidFile.read(directory.resolve("postmaster.pid"));
    }

    /** Whether the postmaster process still exists (a paused one does). */
    public boolean alive() {
        return PidFile.alive(pid());
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
