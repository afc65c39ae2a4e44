package io.gerbang.adapters.websocket;

import io.gerbang.adapters.websocket.socketio.SocketIoServer;
import io.gerbang.application.model.ConnectionId;
import io.gerbang.application.model.Principal;
import io.gerbang.application.model.RecoverableConnection;
import io.gerbang.application.port.Unavailable;
import io.gerbang.application.port.in.session.CheckLiveSessions;
import io.gerbang.application.port.in.task.KeepPresence;
import io.gerbang.application.port.in.task.RecoverConnection;
import io.gerbang.application.port.in.task.RoomConnection;
import io.gerbang.domain.session.SessionRef;
import io.gerbang.domain.task.TaskId;
import jakarta.websocket.server.ServerEndpointConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The task chat of one node: its two doors (the {@code /ws} endpoint and the Socket.IO main namespace), the
 * rooms of their sockets, room events from every node delivered to them, and a sweep every half second that closes
 * sockets whose token expired (4401),
 * that never authenticated (4408), whose session ended anywhere (4409) or whose writes failed (1013).
 */
public final class ChatServer implements AutoCloseable {

    public static final String PATH = "/ws";
    private static final Logger LOG = LoggerFactory.getLogger(ChatServer.class);
    private static final int OUTAGES_BEFORE_CLOSING = 6;
    private static final int HANDLER_THREADS = 8;

    private final ChatPorts ports;
    private final ChatLimits limits;
    private final Predicate<String> origins;
    private final Clock clock;
    private final ChatRooms rooms;
    private final ChatCommands commands;
    private final RawFrames raw;
    private final ExecutorService leaving = Executors.newSingleThreadExecutor(daemon("gerbang-chat-leave"));
    private final ScheduledExecutorService sweeper =
            Executors.newSingleThreadScheduledExecutor(daemon("gerbang-chat-sweep"));
    /** Where frames are handled: the sockets' lanes share these threads, never the I/O threads. */
    private final ExecutorService handlers = Executors.newFixedThreadPool(HANDLER_THREADS, daemon("gerbang-chat"));

    private int outages;
    private Instant presenceRenewedAt = Instant.EPOCH;
    private Instant recoveryRenewedAt = Instant.EPOCH;
    /** When the sweep last pinged the sockets of the doors without a heartbeat of their own. */
    private Instant pingedAt = Instant.EPOCH;

    public ChatServer(ChatPorts ports, ChatLimits limits, Predicate<String> origins, RawFrames raw, Clock clock) {
        this.ports = ports;
        this.limits = limits;
        this.origins = origins;
        this.clock = clock;
        this.rooms = new ChatRooms((socket, task) -> leaving.execute(() -> {
            try {
                ports.leave().leave(new RoomConnection(socket.principal(), task, socket.id));
            } catch (RuntimeException storeDown) {
                LOG.warn(
                        "could not announce a removed member leaving: {}",
                        storeDown.getClass().getSimpleName());
            }
        }));
        this.commands = new ChatCommands(ports, rooms);
        this.raw = raw;
    }

    /** The endpoint to register with the WebSocket container. */
    public ServerEndpointConfig endpoint() {
        return ServerEndpointConfig.Builder.create(ChatEndpoint.class, PATH)
                .subprotocols(List.of(Handshake.SUBPROTOCOL))
                .configurator(new Handshake.Configurator(
                        () -> new ChatEndpoint(commands, rooms, limits, origins, clock, handlers, raw)))
                .build();
    }

    /** The Socket.IO door's main namespace: the same rooms, commands, limits and sweep as {@code /ws}. */
    public SocketIoServer.Namespace socketIo() {
        return new SocketIoChat(commands, rooms, limits, clock, handlers, ports.recovery());
    }

    /** Starts hearing room events and sweeping sockets. */
    public void start() {
        ports.rooms().follow(rooms::deliver);
        long every = limits.sweepEvery().toMillis();
        sweeper.scheduleWithFixedDelay(this::sweep, every, every, TimeUnit.MILLISECONDS);
    }

    /** Room events delivered on this node so far: events, frames handed to sockets, time taken (for the metrics). */
    public record Deliveries(long events, long frames, long nanos) {}

    public Deliveries deliveries() {
        return new Deliveries(rooms.events(), rooms.deliveries(), rooms.deliveryNanos());
    }

    public int openSockets() {
        return rooms.sockets().size();
    }

    /** Open sockets that came through one door: {@code /ws} ({@code socketIo} false) or Socket.IO. */
    public long openSockets(boolean socketIo) {
        long count = 0;
        for (ChatSocket socket : rooms.sockets()) {
            if (socketIo != (socket instanceof WsSocket)) {
                count++;
            }
        }
        return count;
    }

    void sweep() {
        try {
            Instant now = clock.instant();
            boolean pingNow = !now.isBefore(pingedAt.plus(limits.pingEvery()));
            if (pingNow) {
                pingedAt = now;
            }
            Duration quietFor = limits.pingEvery().plus(limits.answerWithin());
            Set<SessionRef> sessions = new HashSet<>();
            for (ChatSocket socket : rooms.sockets()) {
                socket.checkWrites();
                socket.keepAlive(now, pingNow, quietFor);
                Principal principal = socket.principal();
                if (principal == null) {
                    if (now.isAfter(socket.openedAt.plus(limits.authWindow()))) {
                        socket.close(CloseCodes.AUTH_TIMEOUT, "no auth frame in time");
                    }
                } else if (principal.expiresAt() != null && !now.isBefore(principal.expiresAt())) {
                    socket.close(CloseCodes.UNAUTHENTICATED, "token expired");
                } else {
                    sessions.add(principal.sessionRef());
                }
            }
            renewPresence(now);
            renewRecovery(now);
            if (sessions.isEmpty()) {
                return;
            }
            Set<SessionRef> live;
            try {
                live = ports.sessions().liveAmong(new CheckLiveSessions.Query(sessions));
                outages = 0;
            } catch (Unavailable storeDown) {
                // fail closed, but not on the first blip: after three seconds without Redis every socket goes
                if (++outages >= OUTAGES_BEFORE_CLOSING) {
                    rooms.sockets().forEach(socket -> socket.close(CloseCodes.TRY_AGAIN_LATER, "store unavailable"));
                }
                return;
            }
            for (ChatSocket socket : rooms.sockets()) {
                Principal principal = socket.principal();
                if (principal != null
                        && sessions.contains(principal.sessionRef())
                        && !live.contains(principal.sessionRef())) {
                    socket.close(CloseCodes.SESSION_ENDED, "session ended");
                }
            }
        } catch (RuntimeException unexpected) {
            LOG.error("socket sweep failed", unexpected);
        }
    }

    /**
     * Three times a recovery window: what this node's Socket.IO sockets have is kept again for the window, so that if
     * the node dies they can still be recovered elsewhere.
     */
    private void renewRecovery(Instant now) {
        RecoverConnection recovery = ports.recovery();
        if (!recovery.enabled()
                || now.isBefore(recoveryRenewedAt.plus(recovery.window().dividedBy(3)))) {
            return;
        }
        recoveryRenewedAt = now;
        List<RecoverableConnection> open = new ArrayList<>();
        for (ChatSocket socket : rooms.sockets()) {
            RecoverableConnection state = socket.closing() ? null : socket.recoverable();
            if (state != null) {
                open.add(state);
            }
        }
        try {
            recovery.keep(open);
        } catch (RuntimeException storeDown) {
            LOG.warn(
                    "could not keep the sockets' recovery state: {}",
                    storeDown.getClass().getSimpleName());
        }
    }

    /** Every {@code presenceRenewal}: the rooms' entries of this node's open sockets live on. */
    private void renewPresence(Instant now) {
        if (now.isBefore(presenceRenewedAt.plus(limits.presenceRenewal()))) {
            return;
        }
        presenceRenewedAt = now;
        Map<TaskId, Set<ConnectionId>> open = new HashMap<>();
        for (ChatSocket socket : rooms.sockets()) {
            if (!socket.closing()) {
                socket.rooms.forEach(task ->
                        open.computeIfAbsent(task, room -> new HashSet<>()).add(socket.id));
            }
        }
        try {
            ports.presence().stillThere(new KeepPresence.OpenConnections(open));
        } catch (RuntimeException storeDown) {
            LOG.warn("could not renew presence: {}", storeDown.getClass().getSimpleName());
        }
    }

    /**
     * The node is stopping: every socket is told to connect again, elsewhere. A {@code /ws} socket is closed with
     * 1012 (service restart); a Socket.IO session's transport is closed, which the official client answers by
     * reconnecting on its own (a Socket.IO DISCONNECT would tell it not to).
     */
    public void closeForRestart() {
        rooms.sockets().forEach(socket -> socket.close(CloseCodes.SERVICE_RESTART, "service restart"));
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        leaving.shutdownNow();
        handlers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
