package io.gerbang.bootstrap;

import io.gerbang.bootstrap.config.ConfigurationError;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.server.GerbangServer;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** The runnable jar: configuration from the environment, then one server until the process is stopped. */
public final class Gerbang {

    private Gerbang() {
    }

    public static void main(String[] args) {
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        GerbangConfig config;
        try {
            config = GerbangConfig.fromEnvironment();
        } catch (ConfigurationError wrong) {
            System.err.println("gerbang: " + wrong.getMessage());
            System.exit(2);
            return;
        }
        GerbangServer server = GerbangServer.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "gerbang-shutdown"));
    }
}
