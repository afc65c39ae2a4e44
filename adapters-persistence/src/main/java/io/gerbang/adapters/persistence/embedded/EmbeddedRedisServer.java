package io.gerbang.adapters.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** A real Redis server binary (from the embedded-redis artifact), bound to loopback on a free port. */
public final class EmbeddedRedisServer implements AutoCloseable {

    private final RedisServer server;
    private final int port;
    private final Path directory;
    private final boolean persistent;

    private EmbeddedRedisServer(RedisServer server, int port, Path directory, boolean persistent) {
        this.server = server;
        this.port = port;
        this.directory = directory;
        this.persistent = persistent;
    }

    /** Keeps sessions across restarts: append-only file plus snapshots under {@code directory}. */
    public static EmbeddedRedisServer start(Path directory) {
        return start(directory, freePort(), true);
    }

    /** A throwaway server for tests, nothing written to disk. */
    public static EmbeddedRedisServer startVolatile(Path directory) {
        return start(directory, freePort(), false);
    }

    /** Starts again on a given port: tests that stop Redis and bring it back use this. */
    public static EmbeddedRedisServer start(Path directory, int port, boolean persistent) {
        try {
            Files.createDirectories(directory);
            RedisServer server = RedisServer.newRedisServer()
                    .port(port)
                    .bind("127.0.0.1")
                    .setting("dir " + directory.toAbsolutePath())
                    .setting("appendonly " + (persistent ? "yes" : "no"))
                    .setting(persistent ? "save 60 1" : "save \"\"")
                    .setting("maxmemory-policy noeviction")
                    .setting("pidfile " + pidFile(directory).toAbsolutePath())
                    .onShutdownForceStop(true)
                    .build();
            Files.deleteIfExists(pidFile(directory));
            Files.writeString(portFile(directory), Integer.toString(port));
            server.start();
            return new EmbeddedRedisServer(server, port, directory, persistent);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded Redis did not start in " + directory, e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "redis://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    /** Starts this server again, on its port and its files, after it died. */
    public EmbeddedRedisServer restarted() {
        try {
            server.stop(); // forgets the dead process
        } catch (IOException | RuntimeException alreadyGone) {
            // nothing left to stop
        }
        return start(directory, port, persistent);
    }

    /** The server's process id, from the pid file it writes; -1 when there is none. */
    public long pid() {
        return PidFile.read(pidFile(directory));
    }

    /** Whether the server process still exists (a paused one does). */
    public boolean alive() {
        return PidFile.alive(pid());
    }

    /**
     * The address of a Redis some other process runs on {@code directory}, if one does (its pid file names a
     * live process; the port is in the file written beside it at start).
     */
    public static java.util.Optional<String> runningUrl(Path directory) {
        if (!PidFile.alive(PidFile.read(pidFile(directory)))) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of("redis://127.0.0.1:"
                    + Integer.parseInt(Files.readString(portFile(directory)).strip()));
        } catch (IOException | NumberFormatException unreadable) {
            return java.util.Optional.empty();
        }
    }

    private static Path portFile(Path directory) {
        return directory.resolve("redis.port");
    }

    private static Path pidFile(Path directory) {
        return directory.resolve("redis.pid");
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
