package io.gerbang.bootstrap.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gerbang.adapters.persistence.jdbc.DemoData;
import io.gerbang.adapters.rest.http.EdgeAnswers;
import io.gerbang.adapters.websocket.ChatLimits;
import io.gerbang.adapters.websocket.ChatServer;
import io.gerbang.adapters.websocket.socketio.EnginePolling;
import io.gerbang.adapters.websocket.socketio.EngineServer;
import io.gerbang.adapters.websocket.socketio.EngineWebSockets;
import io.gerbang.application.port.in.operations.CheckReadiness;
import io.gerbang.application.port.out.ClientApps;
import io.gerbang.application.port.out.PasswordHashes;
import io.gerbang.bootstrap.config.ApplicationConfiguration;
import io.gerbang.bootstrap.config.GerbangConfig;
import io.gerbang.bootstrap.config.MetricsConfiguration;
import io.gerbang.bootstrap.config.PersistenceConfiguration;
import io.gerbang.bootstrap.config.RestConfiguration;
import io.gerbang.bootstrap.config.TaskConfiguration;
import io.gerbang.bootstrap.config.TaskRoomConfiguration;
import io.gerbang.bootstrap.console.Console;
import io.gerbang.bootstrap.openapi.ApiDocs;
import io.gerbang.bootstrap.stores.StoreEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.sql.DataSource;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.HttpHandlerRegistration;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.grizzly.http.server.NetworkListener;
import org.glassfish.grizzly.http.server.ServerConfiguration;
import org.glassfish.grizzly.strategies.WorkerThreadIOStrategy;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.tyrus.core.TyrusWebSocketEngine;
import org.glassfish.tyrus.spi.ServerContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;

/** One running Gerbang: its stores, its Spring context, and one Grizzly server on one port. */
public final class GerbangServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(GerbangServer.class);
    /** Bytes that may wait to be written to one WebSocket client before it counts as not reading. */
    static final int SLOW_READER_BYTES = 256 * 1024;

    private static final String SOCKET_IO = "/socket.io";

    private final StoreEndpoints stores;
    private final AnnotationConfigApplicationContext context;
    private final HttpServer http;
    private final ScheduledExecutorService timers;
    private final List<GrowingWorkerPool> workers;

    private GerbangServer(
            StoreEndpoints stores,
            AnnotationConfigApplicationContext context,
            HttpServer http,
            ScheduledExecutorService timers,
            List<GrowingWorkerPool> workers) {
        this.timers = timers;
        this.workers = workers;
        this.stores = stores;
        this.context = context;
        this.http = http;
    }

    public static GerbangServer start(GerbangConfig asked) {
        if (asked.port() != 0 || asked.publicUrl() != null) {
            return start(asked, () -> {});
        }
        // a node asked for any port names itself in its issuers: it holds a free port from the start, so it knows
        // which, and lets it go (here too if the start fails) just before its listener binds it
        try (PortHold hold = PortHold.any(asked.host())) {
            return start(asked.onPort(hold.port()), hold::close);
        }
    }

    private static GerbangServer start(GerbangConfig config, Runnable beforeBind) {
        routeJulToSlf4j();
        StoreEndpoints stores = StoreEndpoints.open(config);
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "gerbang-timers");
            thread.setDaemon(true);
            return thread;
        });
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        try {
            context.registerBean(GerbangConfig.class, () -> config);
            context.registerBean(StoreEndpoints.class, () -> stores);
            context.register(
                    MetricsConfiguration.class,
                    PersistenceConfiguration.class,
                    ApplicationConfiguration.class,
                    RestConfiguration.class,
                    TaskConfiguration.class,
                    TaskRoomConfiguration.class);
            context.refresh();
            if (config.demo()) {
                DemoData.loadIfEmpty(context.getBean(DataSource.class), context.getBean(PasswordHashes.class));
                DemoData.ensureClients(context.getBean(DataSource.class), context.getBean(ClientApps.class));
            }
            HttpServer http = GrizzlyHttpServerFactory.createHttpServer(
                    URI.create("http://" + config.host() + ":" + config.port() + "/"),
                    context.getBean(ResourceConfig.class),
                    false);
            ServerConfiguration handlers = http.getServerConfiguration();
            EdgeAnswers answers = new EdgeAnswers(context.getBean(ObjectMapper.class));
            for (Map.Entry<HttpHandler, HttpHandlerRegistration[]> jersey :
                    Map.copyOf(handlers.getHttpHandlersWithMapping()).entrySet()) {
                handlers.removeHttpHandler(jersey.getKey());
                handlers.addHttpHandler(new PeerAddressHandler(jersey.getKey()), jersey.getValue());
            }
            // Tyrus on the same listeners: /ws and /socket.io/ upgrades go to the chat, everything else to Jersey
            // (and Socket.IO's long-polling to its own Grizzly handler)
            ServerContainer tyrus = TyrusInternals.container(Map.of(
                    TyrusWebSocketEngine.INCOMING_BUFFER_SIZE,
                    2 * ChatLimits.defaults(true).maxFrameBytes()));
            EngineServer socketIo =
                    context.getBean(TaskRoomConfiguration.SocketIoDoor.class).engine();
            handlers.addHttpHandler(new EnginePolling(socketIo), SOCKET_IO);
            ApiDocs.serve(handlers, context.getBean(ResourceConfig.class), context.getBean(ObjectMapper.class));
            Console.serve(handlers);
            try {
                tyrus.getWebSocketEngine()
                        .register(context.getBean(ChatServer.class).endpoint(), "");
                tyrus.getWebSocketEngine()
                        .register(EngineWebSockets.endpoint(SOCKET_IO + "/", socketIo, TyrusInternals::writerFor), "");
            } catch (jakarta.websocket.DeploymentException refused) {
                throw new IllegalStateException("the chat endpoint could not be deployed", refused);
            }
            List<GrowingWorkerPool> workers = new ArrayList<>();
            WebSocketGuard webSockets =
                    new WebSocketGuard(ChatLimits.defaults(true).maxFrameBytes());
            for (NetworkListener listener : http.getListeners()) {
                // selectors move bytes; requests run on the elastic workers (docs/threading.md)
                listener.getTransport().setIOStrategy(WorkerThreadIOStrategy.getInstance());
                workers.add(GrowingWorkerPool.serve(listener.getTransport(), timers));
                listener.getKeepAlive().setIdleTimeoutInSeconds(60);
                // headers up to 64 KiB are read, so that the REST adapter answers 431 in the envelope past 8 KiB
                listener.setMaxHttpHeaderSize(64 * 1024);
                // also the bound of a WebSocket client's backlog before it counts as not reading (WebSocketGuard)
                listener.setMaxPendingBytes(SLOW_READER_BYTES);
                listener.registerAddOn(new CodecErrorAnswers(answers));
                listener.registerAddOn(new BodyBuffering(answers, timers));
                listener.registerAddOn(new PlainHttpForOtherUpgrades());
                listener.registerAddOn(webSockets);
                listener.registerAddOn(TyrusInternals.addOn(tyrus, "/"));
            }
            beforeBind.run();
            http.start();
            stores.supervise(timers);
            GerbangServer server = new GerbangServer(stores, context, http, timers, workers);
            LOG.info("Gerbang listening on http://{}:{} ({})", config.host(), server.port(), config);
            return server;
        } catch (IOException e) {
            timers.shutdownNow();
            context.close();
            stores.close();
            throw new UncheckedIOException("could not open the HTTP port", e);
        } catch (RuntimeException e) {
            timers.shutdownNow();
            context.close();
            stores.close();
            throw e;
        }
    }

    /** Grizzly and Jersey log through java.util.logging; send that to the one logging setup. */
    private static synchronized void routeJulToSlf4j() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }

    public int port() {
        return http.getListeners().iterator().next().getPort();
    }

    public <T> T component(Class<T> type) {
        return context.getBean(type);
    }

    /**
     * Stops the node within {@code grace} (SIGTERM, a rolling restart): first {@code /ready} answers 503, and the
     * node goes on serving for a quarter of the grace (at most 5 s) so that a balancer checking {@code /ready}
     * moves new traffic away; then every chat socket is told to connect again elsewhere (1012 on {@code /ws},
     * the transport closed under Socket.IO); then no new connection is taken and the requests in flight finish
     * (Grizzly's graceful shutdown) until the grace runs out; then everything closes.
     */
    public void stop(Duration grace) {
        long deadline = System.nanoTime() + grace.toNanos();
        LOG.info("stopping within {} s: /ready answers 503 from now on", grace.toSeconds());
        context.getBean(CheckReadiness.class).stopTakingWork();
        Duration balancerNotices =
                grace.dividedBy(4).compareTo(Duration.ofSeconds(5)) < 0 ? grace.dividedBy(4) : Duration.ofSeconds(5);
        try {
            // the balancer's next health check has to see the 503 before the sockets are sent elsewhere
            Thread.sleep(balancerNotices.toMillis());
            context.getBean(ChatServer.class).closeForRestart();
            long left = Math.max(0, deadline - System.nanoTime());
            http.shutdown(left, TimeUnit.NANOSECONDS).get(left + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException pastTheGrace) {
            LOG.warn("requests still in flight when the shutdown grace ran out: closing anyway");
        }
        close();
        LOG.info("stopped");
    }

    @Override
    public void close() {
        timers.shutdownNow();
        http.shutdownNow();
        workers.forEach(GrowingWorkerPool::shutdown); // a pool given to Grizzly is not Grizzly's to stop
        context.close();
        stores.close();
    }
}
