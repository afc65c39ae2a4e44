package io.gerbang.adapters.persistence.testing;

import static org.awaitility.Awaitility.await;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import redis.embedded.RedisServer;
import redis.embedded.core.ExecutableProvider;

/**
 * A real Redis Cluster of three masters on loopback, each with a third of the 16,384 slots, made of the machine's
 * Redis 7 where it has one, else of the same embedded-redis binary as the embedded store (so every machine that builds
 * Gerbang can run it), put together as {@code redis-cli --cluster create} would: slots assigned, nodes introduced,
 * then wait for "ok".
 */
public final class RedisClusterOfThree implements AutoCloseable {

    private static final int SLOTS = 16_384;

    private final List<RedisServer> servers = new ArrayList<>();
    private final List<Integer> ports = new ArrayList<>();

    private static RedisClusterOfThree shared;

    /**
     * The machine's {@code redis-server} where it is Redis 7 or newer (Debian's package, which {@code .ci/run}
     * installs), whose Cluster has sharded pub/sub; else the embedded binary (Redis 6.2, which has none).
     */
    private static final ExecutableProvider BINARY =
            machineRedis7().orElseGet(ExecutableProvider::newJarResourceProvider);

    /** The machine's Redis 7 or newer, if it has one. */
    static Optional<ExecutableProvider> machineRedis7() {
        try {
            Process version = new ProcessBuilder("redis-server", "--version")
                    .redirectErrorStream(true)
                    .start();
            String said = new String(version.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            version.waitFor();
            java.util.regex.Matcher matcher =
                    java.util.regex.Pattern.compile("v=(\\d+)\\.").matcher(said);
            if (matcher.find() && Integer.parseInt(matcher.group(1)) >= 7) {
                return Optional.of(ExecutableProvider.newExecutableInPath("redis-server"));
            }
            return Optional.empty();
        } catch (IOException notThere) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether this cluster's servers have sharded pub/sub (Redis 7 or newer). */
    public static boolean shardedPubSub() {
        return machineRedis7().isPresent();
    }

    private RedisClusterOfThree() {}

    /** One cluster for every test of this JVM, formed on first use and stopped when the JVM ends. */
    public static synchronized RedisClusterOfThree shared() {
        if (shared == null) {
            shared = start(TestStores.temporaryDirectory("redis-cluster"));
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        return shared;
    }

    public static RedisClusterOfThree start(Path directory) {
        RedisClusterOfThree cluster = new RedisClusterOfThree();
        try {
            for (int node = 0; node < 3; node++) {
                int port = freePort();
                Path dir = Files.createDirectories(directory.resolve("node-" + port));
                RedisServer server = RedisServer.newRedisServer()
                        .executableProvider(BINARY)
                        .port(port)
                        .bind("127.0.0.1")
                        .setting("dir " + dir.toAbsolutePath())
                        .setting("cluster-enabled yes")
                        .setting("cluster-config-file nodes.conf")
                        .setting("cluster-node-timeout 5000")
                        .setting("appendonly no")
                        .setting("save \"\"")
                        .onShutdownForceStop(true)
                        .build();
                cluster.servers.add(server);
                server.start();
                cluster.ports.add(port);
            }
            for (int node = 0; node < 3; node++) {
                int from = node * SLOTS / 3;
                int to = (node + 1) * SLOTS / 3;
                List<String> command = new ArrayList<>(List.of("CLUSTER", "ADDSLOTS"));
                for (int slot = from; slot < to; slot++) {
                    command.add(Integer.toString(slot));
                }
                cluster.call(node, command);
            }
            for (int node = 1; node < 3; node++) {
                cluster.call(0, List.of("CLUSTER", "MEET", "127.0.0.1", Integer.toString(cluster.ports.get(node))));
            }
            await().atMost(Duration.ofSeconds(30))
                    .pollInterval(Duration.ofMillis(100))
                    .until(cluster::isFormed);
            return cluster;
        } catch (IOException | RuntimeException failed) {
            cluster.close();
            throw failed instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) failed;
        }
    }

    /** The seed nodes, as {@code GERBANG_REDIS_URL} names a cluster. */
    public String url() {
        return ports.stream().map(port -> "redis://127.0.0.1:" + port).collect(Collectors.joining(","));
    }

    private boolean isFormed() {
        for (int node = 0; node < 3; node++) {
            String info = call(node, List.of("CLUSTER", "INFO"));
            if (!info.contains("cluster_state:ok") || !info.contains("cluster_known_nodes:3")) {
                return false;
            }
        }
        return true;
    }

    /** One command in RESP; the reply as text (a status, an error or a bulk string). */
    private String call(int node, List<String> command) {
        try (Socket socket = new Socket("127.0.0.1", ports.get(node))) {
            OutputStream out = socket.getOutputStream();
            StringBuilder request =
                    new StringBuilder("*").append(command.size()).append("\r\n");
            for (String argument : command) {
                request.append('$')
                        .append(argument.getBytes(StandardCharsets.UTF_8).length)
                        .append("\r\n")
                        .append(argument)
                        .append("\r\n");
            }
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            String first = line(in);
            if (first.startsWith("-")) {
                throw new IllegalStateException(String.join(" ", command.subList(0, 2)) + ": " + first);
            }
            if (first.startsWith("$")) {
                return new String(in.readNBytes(Integer.parseInt(first.substring(1))), StandardCharsets.UTF_8);
            }
            return first;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() {
        for (RedisServer server : servers) {
            try {
                server.stop();
            } catch (IOException | RuntimeException gone) {
                // stopping what is already gone
            }
        }
    }
}
