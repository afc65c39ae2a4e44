package io.gerbang.bootstrap.admin;

import io.gerbang.bootstrap.config.ApplicationConfiguration;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.config.MetricsConfiguration;
import io.gerbang.bootstrap.config.PersistenceConfiguration;
import io.gerbang.bootstrap.stores.StoreEndpoints;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/**
 * The use cases of one admin command, wired as the server wires them (the same configuration classes, so
 * the same rules and stores) but without the HTTP server and the chat. In embedded mode it uses the engines
 * a running server keeps on the data dir, or starts them for the command's length when none is running.
 */
final class AdminSession implements AutoCloseable {

    private final StoreEndpoints stores;
    private final AnnotationConfigApplicationContext context;

    private AdminSession(StoreEndpoints stores, AnnotationConfigApplicationContext context) {
        this.stores = stores;
        this.context = context;
    }

    static AdminSession open(GerbangConfig config) {
        StoreEndpoints stores = StoreEndpoints.attachOrOpen(config);
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try {
            context.registerBean(GerbangConfig.class, () -> config);
            context.registerBean(StoreEndpoints.class, () -> stores);
            context.register(
                    MetricsConfiguration.class, PersistenceConfiguration.class, ApplicationConfiguration.class);
            context.refresh();
            return new AdminSession(stores, context);
        } catch (RuntimeException failed) {
            context.close();
            stores.close();
            throw failed;
        }
    }

    /** An inbound port (a use case), as the API's adapters get it. */
    <T> T port(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
        stores.close();
    }
}
