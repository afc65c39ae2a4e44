package io.gerbang.features.steps;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the seeds' own client code as a separate process: a Node script in {@code target/node}, where the npm
 * packages of {@code src/test/node} are installed from their lock file (once per build folder), or a Python or
 * shell script where it lies.
 */
public final class NodeScripts {

    public static final Path WORK = Path.of("target/node").toAbsolutePath();

    private NodeScripts() {}

    public record Outcome(int exit, String output) {}

    /** The packages, and {@code scripts} copied beside them (a script finds its packages where it lies). */
    public static synchronized void prepare(List<Path> scripts) throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        for (String file : List.of("package.json", "package-lock.json")) {
            Files.copy(Path.of("src/test/node", file), WORK.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        for (Path script : scripts) {
            Files.copy(script, WORK.resolve(script.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        boolean installed = Files.isDirectory(WORK.resolve("node_modules/socket.io-client"))
                && Files.isDirectory(WORK.resolve("node_modules/socket.io-client-v2"))
                && Files.isDirectory(WORK.resolve("node_modules/jsonwebtoken"))
                && Files.isDirectory(WORK.resolve("node_modules/jose"))
                && Files.isDirectory(WORK.resolve("node_modules/oauth4webapi"));
        if (!installed) {
            Outcome install = run(WORK, List.of("npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"), Map.of());
            if (install.exit() != 0) {
                throw new IllegalStateException("npm ci failed: " + install.output());
            }
        }
    }

    public static Outcome run(Path directory, List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Files.createDirectories(WORK);
        Path log = Files.createTempFile(WORK, "run", ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        boolean done = process.waitFor(3, TimeUnit.MINUTES);
        if (!done) {
            process.destroyForcibly();
        }
        String output = Files.readString(log);
        System.out.println(String.join(" ", command) + "\n" + output);
        return new Outcome(done ? process.exitValue() : -1, output);
    }
}
