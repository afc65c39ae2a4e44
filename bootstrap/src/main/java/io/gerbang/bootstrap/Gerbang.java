package io.gerbang.bootstrap;

import io.gerbang.bootstrap.config.ConfigurationError;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.server.GerbangServer;

/** The runnable jar: configuration from the environment, then one server until the process is stopped. */
public final class Gerbang {

    private Gerbang() {
    }

    public static void main(String[] args) {
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
