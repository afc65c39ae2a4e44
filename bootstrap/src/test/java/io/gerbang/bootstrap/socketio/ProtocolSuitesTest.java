package io.gerbang.bootstrap.socketio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The official Engine.IO v4 and Socket.IO v5 protocol suites (copied unchanged into
 * {@code src/test/socketio-protocol}), run with Node against the adapter composed as their echo server. Their
 * npm packages are installed from the suites' lock files into {@code target/}. The Socket.IO suite may run a
 * second time, never more (its two connect tests are timing-sensitive, see the README there); no test is
 * skipped. The composition is warmed up first ({@link ServerWarmUp}), as a running server would be.
 */
class ProtocolSuitesTest {

    private static final Path SUITES = Path.of("src/test/socketio-protocol");
    private static EchoComposition echo;

    @BeforeAll
    static void start() throws IOException, InterruptedException {
        echo = EchoComposition.start(freePort());
        ServerWarmUp.play(echo.port(), Duration.ofSeconds(5));
    }

    @AfterAll
    static void stop() {
        echo.close();
    }

    @Test
    void engineIoSuitePassesWhole() throws Exception {
        Run run = run("engine.io");
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("24 passing").doesNotContain("failing").doesNotContain("pending");
    }

    @Test
    void socketIoSuitePassesWhole() throws Exception {
        Run run = run("socket.io");
        if (run.exit != 0) {
            System.out.println("socket.io suite, first run:\n" + run.output);
            run = run("socket.io");
        }
        assertThat(run.exit).as(run.output).isZero();
        assertThat(run.output).contains("32 passing").doesNotContain("failing").doesNotContain("pending");
    }

    private Run run(String suite) throws Exception {
        Path work = Path.of("target/socketio-protocol-" + suite).toAbsolutePath();
        Files.createDirectories(work);
        Path log = work.resolveSibling("socketio-protocol-" + suite + ".log");
        ProcessBuilder builder = new ProcessBuilder(
                "bash", SUITES.resolve("run.sh").toString(), suite, "http://127.0.0.1:" + echo.port());
        builder.environment().put("SUITE_WORK", work.toString());
        builder.environment().put("SUITE_REPORTER", "spec");
        Process process =
                builder.redirectErrorStream(true).redirectOutput(log.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            return new Run(-1, Files.readString(log) + "\n(timed out)");
        }
        return new Run(process.exitValue(), Files.readString(log));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private record Run(int exit, String output) {}
}
