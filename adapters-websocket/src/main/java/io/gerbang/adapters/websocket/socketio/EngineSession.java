package io.gerbang.adapters.websocket.socketio;

import io.gerbang.adapters.websocket.socketio.EnginePacket.Type;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One Engine.IO session: its id, its transport (long-polling, then perhaps a WebSocket after the upgrade,
 * or a WebSocket from the start), its heartbeat, and, while it polls, the packets that wait for the next
 * GET. Transports hand it what arrives; the listener (the Socket.IO connection) hears messages and the close.
 * In protocol v4 the server drives the heartbeat (a PING every {@code pingInterval}, closed when no PONG comes
 * within {@code pingTimeout}); in v3 ({@code socket.io-client} 2.x) the client pings and the server answers, and
 * a session that has not pinged within {@code pingInterval + pingTimeout} is closed. v3 also frames polling
 * payloads its own way ({@link EngineCodec#payload}).
 */
public final class EngineSession {

    public enum Transport {
        POLLING,
        WEBSOCKET
    }

    /** What the session tells its owner. */
    public interface Listener {
        void onMessage(EnginePacket message);

        void onClose(String reason);
    }

    /** A long-polling GET that waits for packets; answered once. */
    public interface Poll {
        void answer(String payload);

        /** Refuses the GET as the protocol refuses a request for a session that no longer polls (400). */
        void refuse();
    }

    /** What became of a GET. */
    public enum PollOutcome {
        ANSWERED,
        WAITING,
        REFUSED
    }

    private static final Listener NOBODY = new Listener() {
        @Override
        public void onMessage(EnginePacket message) {}

        @Override
        public void onClose(String reason) {}
    };

    /** What may wait for a polling client's next GET: as much as a WebSocket client's write queue. */
    private static final int MAX_BUFFERED_CHARS = 256 * 1024;

    private static final long UPGRADE_NOOP_MILLIS = 100;
    private final String id;
    private final String openPacket;
    private final EngineServer server;
    private final EngineHandshake handshake;
    private final int protocol;
    private Transport transport;
    private EngineSocket socket;
    /**
     * WebSockets that came with this session's id, not yet probing. The first to send {@code 2probe} becomes the
     * probe and the others are closed: the order in which the container opens two sockets need not be the order
     * the client opened them in, but a client probes only on a socket it knows is open.
     */
    private final java.util.Set<EngineSocket> candidates = new java.util.LinkedHashSet<>();

    private EngineSocket probe;
    private boolean upgrading;
    private final Queue<String> buffered = new ArrayDeque<>();
    private int bufferedChars;
    private Poll waiting;
    private boolean closed;
    /** Closed by the server while polling with packets not yet fetched: the next GET takes them. */
    private boolean leftover;

    private volatile Listener listener = NOBODY;
    private ScheduledFuture<?> heartbeat;

    EngineSession(
            String id,
            EngineServer server,
            EngineHandshake handshake,
            Transport transport,
            EngineSocket socket,
            String openPacket) {
        this.openPacket = openPacket;
        this.id = id;
        this.server = server;
        this.handshake = handshake;
        this.protocol = handshake.protocol();
        this.transport = transport;
        this.socket = socket;
    }

    public String id() {
        return id;
    }

    /** The OPEN packet that answered the handshake, as a polling payload of the session's protocol. */
    public String openPacket() {
        return payloadOf(openPacket);
    }

    /** One packet as a polling answer. */
    private String payloadOf(String packet) {
        return EngineCodec.payload(List.of(packet), protocol);
    }

    public EngineHandshake handshake() {
        return handshake;
    }

    public synchronized Transport transport() {
        return transport;
    }

    public void listen(Listener owner) {
        this.listener = owner;
    }

    /** Sends a text message (a Socket.IO packet). */
    public void send(String message) {
        write(Type.MESSAGE.code + message);
    }

    /** Sends a message encoded once for many sessions. */
    public synchronized void send(Outgoing message) {
        if (closed) {
            return;
        }
        if (transport == Transport.WEBSOCKET) {
            socket.send(message);
        } else {
            buffer(message.text());
        }
    }

    /** Sends a binary message (an Engine.IO echo). */
    public synchronized void send(byte[] bytes) {
        send(null, List.of(bytes));
    }

    /** Sends a text message (if any) and the binary messages that belong to it, with nothing in between. */
    public synchronized void send(String message, List<byte[]> attachments) {
        if (closed) {
            return;
        }
        if (message != null) {
            send(message);
        }
        for (byte[] bytes : attachments) {
            if (transport == Transport.WEBSOCKET) {
                socket.send(bytes);
            } else {
                buffer(EngineCodec.binaryText(bytes, protocol));
            }
        }
    }

    private synchronized void write(String packet) {
        if (closed) {
            return;
        }
        if (transport == Transport.WEBSOCKET) {
            socket.send(packet);
        } else {
            buffer(packet);
        }
    }

    private void buffer(String packet) {
        bufferedChars += packet.length();
        if (bufferedChars > MAX_BUFFERED_CHARS) {
            // a polling client that stopped fetching: its backlog is bounded, as a WebSocket's is
            server.timers().execute(() -> end("slow client"));
            return;
        }
        buffered.add(packet);
        if (waiting != null) {
            Poll poll = waiting;
            waiting = null;
            poll.answer(drain());
        }
    }

    private String drain() {
        bufferedChars = 0;
        List<String> packets = List.copyOf(buffered);
        buffered.clear();
        return EngineCodec.payload(packets, protocol);
    }

    /** A long-polling GET arrived: answered now, kept waiting, or refused (the caller answers 400). */
    public PollOutcome poll(Poll poll) {
        boolean duplicate;
        synchronized (this) {
            if (leftover) {
                poll.answer(drain());
                server.forget(this);
                return PollOutcome.ANSWERED;
            }
            if (closed || transport != Transport.POLLING) {
                return PollOutcome.REFUSED;
            }
            duplicate = waiting != null;
            if (!duplicate) {
                if (upgrading) {
                    // as the reference server does: held, then a NOOP unless the upgrade completes first
                    waiting = poll;
                    server.timers().schedule(this::noopWhileUpgrading, UPGRADE_NOOP_MILLIS, TimeUnit.MILLISECONDS);
                    return PollOutcome.WAITING;
                }
                if (!buffered.isEmpty()) {
                    poll.answer(drain());
                    return PollOutcome.ANSWERED;
                }
                waiting = poll;
                return PollOutcome.WAITING;
            }
            // two GETs at once: the protocol's answer is to close the session
            Poll first = waiting;
            waiting = null;
            first.answer(payloadOf(String.valueOf(Type.CLOSE.code)));
        }
        end("duplicate poll");
        return PollOutcome.REFUSED;
    }

    /** Whether a long-polling GET is held, waiting for the next packet (where a polling client hears of a close). */
    public synchronized boolean pollWaiting() {
        return waiting != null;
    }

    /** A waiting GET whose connection went away: it no longer waits. */
    public synchronized void pollGone(Poll poll) {
        if (waiting == poll) {
            waiting = null;
        }
    }

    /** The packets of a long-polling POST; false when the session is not polling (the caller answers 400). */
    public boolean posted(List<EnginePacket> packets) {
        synchronized (this) {
            if (closed || transport != Transport.POLLING) {
                return false;
            }
        }
        packets.forEach(this::receive);
        return true;
    }

    /** A packet from a WebSocket of this session: the transport's, or one being probed for the upgrade. */
    public void received(EngineSocket from, EnginePacket packet) {
        List<EngineSocket> outrun = List.of();
        synchronized (this) {
            if (candidates.remove(from)) {
                if (probe == null && packet.type() == Type.PING && "probe".equals(packet.data())) {
                    probe = from;
                    outrun = List.copyOf(candidates);
                    candidates.clear();
                } else {
                    outrun = List.of(from);
                }
            }
            if (from == probe) {
                probing(packet);
                from = null;
            }
        }
        outrun.forEach(EngineSocket::close);
        if (from == null) {
            return;
        }
        synchronized (this) {
            if (from != socket || closed) {
                return;
            }
        }
        receive(packet);
    }

    /** A WebSocket of this session sent what is not a packet: the session ends (or the probe is dropped). */
    public void failed(EngineSocket from, String reason) {
        synchronized (this) {
            if (candidates.remove(from)) {
                from.close();
                return;
            }
            if (from == probe) {
                probe = null;
                upgrading = false;
                from.close();
                return;
            }
            if (from != socket) {
                return;
            }
        }
        end(reason);
    }

    /** A WebSocket of this session closed. */
    public void closed(EngineSocket which) {
        synchronized (this) {
            if (candidates.remove(which)) {
                return;
            }
            if (which == probe) {
                probe = null;
                upgrading = false;
                return;
            }
            if (which != socket) {
                return;
            }
        }
        end("transport close");
    }

    /**
     * A WebSocket asks to take over this polling session; false when it may not (the caller closes it): the
     * session has its WebSocket already, or one is probing. Otherwise it waits as a candidate for its
     * {@code 2probe}.
     */
    public synchronized boolean probe(EngineSocket candidate) {
        if (closed || leftover || transport != Transport.POLLING || probe != null) {
            return false;
        }
        candidates.add(candidate);
        return true;
    }

    private void probing(EnginePacket packet) {
        if (packet.type() == Type.PING && "probe".equals(packet.data())) {
            probe.send(Type.PONG.code + "probe");
            upgrading = true;
            // a GET that waits ends with a NOOP shortly (the reference server checks every 100 ms): the
            // client waits for it before it sends UPGRADE
            server.timers().schedule(this::noopWhileUpgrading, UPGRADE_NOOP_MILLIS, TimeUnit.MILLISECONDS);
        } else if (packet.type() == Type.UPGRADE && upgrading) {
            if (waiting != null) {
                waiting.refuse();
                waiting = null;
            }
            transport = Transport.WEBSOCKET;
            socket = probe;
            probe = null;
            upgrading = false;
            for (String left; (left = buffered.poll()) != null; ) {
                socket.send(left);
            }
        } else {
            EngineSocket refused = probe;
            probe = null;
            upgrading = false;
            refused.close();
        }
    }

    private synchronized void noopWhileUpgrading() {
        if (upgrading && waiting != null) {
            Poll poll = waiting;
            waiting = null;
            poll.answer(payloadOf(String.valueOf(Type.NOOP.code)));
        }
    }

    private void receive(EnginePacket packet) {
        switch (packet.type()) {
            case PONG -> {
                if (protocol == EngineHandshake.LEGACY) {
                    end("invalid heartbeat direction");
                } else {
                    heartbeatAnswered();
                }
            }
            case MESSAGE -> listener.onMessage(packet);
            case CLOSE -> {
                synchronized (this) {
                    buffered.clear();
                    if (waiting != null) {
                        Poll poll = waiting;
                        waiting = null;
                        poll.answer(payloadOf(String.valueOf(Type.NOOP.code)));
                    } else if (transport == Transport.POLLING && !closed) {
                        // the GET the client sent just before its CLOSE may arrive after it: it gets a NOOP
                        buffered.add(String.valueOf(Type.NOOP.code));
                        leaveForNextPoll();
                    }
                }
                end("transport close");
            }
            case PING -> {
                if (protocol == EngineHandshake.LEGACY) {
                    clientPinged(packet.data());
                }
            }
            case NOOP -> {}
            default -> end("parse error");
        }
    }

    void startHeartbeat() {
        synchronized (this) {
            heartbeat = protocol == EngineHandshake.LEGACY
                    ? awaitClientPing()
                    : server.timers()
                            .schedule(
                                    this::ping, server.settings().pingInterval().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** v3: the client's next PING is due within a ping interval and a ping timeout. */
    private ScheduledFuture<?> awaitClientPing() {
        return server.timers()
                .schedule(
                        () -> end("ping timeout"),
                        server.settings()
                                .pingInterval()
                                .plus(server.settings().pingTimeout())
                                .toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    /** v3: the client pinged: a PONG with the same data, and the clock starts again. */
    private synchronized void clientPinged(String data) {
        if (closed) {
            return;
        }
        if (heartbeat != null) {
            heartbeat.cancel(false);
        }
        heartbeat = awaitClientPing();
        write(Type.PONG.code + data);
    }

    private void ping() {
        synchronized (this) {
            if (closed) {
                return;
            }
            write(String.valueOf(Type.PING.code));
            heartbeat = server.timers()
                    .schedule(
                            () -> end("ping timeout"),
                            server.settings().pingTimeout().toMillis(),
                            TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void heartbeatAnswered() {
        if (closed || heartbeat == null) {
            return;
        }
        heartbeat.cancel(false);
        heartbeat = server.timers()
                .schedule(this::ping, server.settings().pingInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Closes the session from the server's side: a WebSocket is closed after what was sent to it; a polling
     * client gets what waits and a CLOSE packet, now if it polls, else on its next GET.
     */
    public void close(String reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (transport == Transport.POLLING) {
                buffered.add(String.valueOf(Type.CLOSE.code));
                if (waiting != null) {
                    Poll poll = waiting;
                    waiting = null;
                    poll.answer(drain());
                } else {
                    leaveForNextPoll();
                }
            }
        }
        end(reason);
    }

    /** Closed while polling: the next GET (within a heartbeat's time) takes what is buffered, then 400s. */
    private void leaveForNextPoll() {
        leftover = true;
        server.timers()
                .schedule(
                        () -> server.forget(this),
                        server.settings()
                                .pingInterval()
                                .plus(server.settings().pingTimeout())
                                .toMillis(),
                        TimeUnit.MILLISECONDS);
    }

    /** Ends the session at once for a breach of the protocol: nothing more is delivered to the client. */
    public void abort(String reason) {
        end(reason);
    }

    /** Closes the session for good and tells the listener, once. */
    private void end(String reason) {
        EngineSocket toClose;
        EngineSocket probed;
        List<EngineSocket> waitingCandidates;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (heartbeat != null) {
                heartbeat.cancel(false);
            }
            toClose = transport == Transport.WEBSOCKET ? socket : null;
            if (waiting != null) {
                Poll poll = waiting;
                waiting = null;
                poll.answer(payloadOf(String.valueOf(Type.CLOSE.code)));
            }
            probed = probe;
            probe = null;
            waitingCandidates = List.copyOf(candidates);
            candidates.clear();
            if (!leftover) {
                buffered.clear();
                server.forget(this);
            }
        }
        if (toClose != null) {
            toClose.close();
        }
        if (probed != null) {
            probed.close();
        }
        waitingCandidates.forEach(EngineSocket::close);
        listener.onClose(reason);
    }

    /** Whether the session is closed (its listener told). */
    public synchronized boolean isClosed() {
        return closed;
    }
}
