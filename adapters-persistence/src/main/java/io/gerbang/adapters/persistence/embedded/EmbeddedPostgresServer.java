package io.gerbang.adapters.persistence.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** A real PostgreSQL, from the zonky binaries on the classpath, keeping its files under a directory. */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
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
            return new EmbeddedPostgresServer(builder
                    .setDataDirectory(directory.toFile())
                    .setCleanDataDirectory(clean)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", clean ? "off" : "on")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + directory, e);
        }
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
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
