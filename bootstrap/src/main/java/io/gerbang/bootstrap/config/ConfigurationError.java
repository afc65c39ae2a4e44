package io.gerbang.bootstrap.config;

/** The environment asks for something the server will not start with. */
public class ConfigurationError extends RuntimeException {

    public ConfigurationError(String message) {
        super(message);
    }
}
