package io.gerbang.bootstrap;

import io.gerbang.bootstrap.admin.AdminCommandLine;
import io.gerbang.bootstrap.config.ConfigurationError;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.server.GerbangServer;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The runnable jar: configuration from the environment, then one server until the process is stopped; or,
 * as {@code java -jar gerbang.jar admin <command>}, one admin command against the same stores.
 */
public final class Gerbang {

    private Gerbang() {}

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("admin")) {
            // before anything logs: standard output is the command's answer, so the log goes to standard error,
            // and only warnings and the security events (an operator's changes are events too)
            System.setProperty("gerbang.log.target", "System.err");
            System.setProperty("gerbang.log.level", "WARN");
            System.exit(AdminCommandLine.run(
                    Arrays.copyOfRange(args, 1, args.length),
                    System.getenv(),
                    new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
            return;
        }
        GerbangConfig config;
        try {
            config = GerbangConfig.fromEnvironment();
        } catch (ConfigurationError wrong) {
            System.err.println("gerbang: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        GerbangServer server = GerbangServer.start(config);
        // SIGTERM (and Ctrl-C): a graceful stop within GERBANG_SHUTDOWN_GRACE
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(config.shutdownGrace()), "gerbang-shutdown"));
    }
}
